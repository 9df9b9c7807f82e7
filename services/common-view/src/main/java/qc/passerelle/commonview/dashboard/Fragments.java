package qc.passerelle.commonview.dashboard;

import java.util.Set;

/**
 * A page's parts that the live stream refreshes in place ({@code ?fragment=alertes}): the page's view name with
 * the part's selector, or the whole page for anything else.
 */
public final class Fragments {

    private Fragments() {
    }

    public static String view(String page, String fragment, Set<String> parts) {
        return fragment != null && parts.contains(fragment) ? page + " :: " + fragment : page;
    }
}
