package qc.passerelle.commonview.dashboard;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import qc.passerelle.web.PageResponse;

/**
 * Links to the previous and next page of a list, keeping the filters of the page shown ({@code page} is 0-based
 * in the API and 1-based for people).
 */
public record Pager(int number, int pages, long total, String previous, String next, int from, int to) {

    public static Pager of(PageResponse<?> page, String parameter) {
        int pages = Math.max(page.totalPages(), 1);
        String previous = page.page() > 0 ? link(parameter, page.page() - 1) : null;
        String next = page.page() + 1 < page.totalPages() ? link(parameter, page.page() + 1) : null;
        int from = page.items().isEmpty() ? 0 : page.page() * page.size() + 1;
        return new Pager(page.page() + 1, pages, page.totalItems(), previous, next, from, from + page.items().size() - (from == 0 ? 0 : 1));
    }

    private static String link(String parameter, int page) {
        UriComponents current = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam(parameter, page)
                .replaceQueryParam("fragment").build();
        // relative, so that the link is right behind any proxy
        return UriComponentsBuilder.newInstance().path(current.getPath()).query(current.getQuery()).build().toUriString();
    }
}
