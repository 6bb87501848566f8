package vn.motcua.catalog;

import java.util.List;

/** One page of search results and how many there are in all. */
public record ProcedurePage(List<ProcedureSummary> items, int page, int size, long total) {

  public ProcedurePage {
    items = List.copyOf(items);
  }

  public int pages() {
    return (int) ((total + size - 1) / size);
  }
}
