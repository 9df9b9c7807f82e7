package qc.passerelle.browser;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives browser tests the {@link Season}: started on first use, kept in the root store so that every test class of
 * the run shares it, and closed by JUnit when the run ends.
 */
final class DemoStack implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DemoStack.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        season(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Season.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return season(context);
    }

    private static Season season(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Season.class, key -> Season.start(), Season.class);
    }
}
