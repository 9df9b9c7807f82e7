package qc.passerelle.recruiting.funnel;

import qc.passerelle.web.PageResponse;

/** A funnel: what it is about, the totals within the caller's scope, and a page of its lines. */
public record FunnelReport(String of, String id, Stages totals, PageResponse<FunnelRow> rows) {
}
