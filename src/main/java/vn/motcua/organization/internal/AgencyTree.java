package vn.motcua.organization.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Agencies in the order of the tree, as the screens list them: each agency followed by the agencies
 * below it, siblings by kind (People's Committee, service centre, departments, counters) then by
 * name. Agencies whose parent is not in the list (the top of what someone may see) start the list.
 */
final class AgencyTree {

  private static final Comparator<AgencyRecord> SIBLINGS =
      Comparator.<AgencyRecord, Integer>comparing(r -> r.agency().kind().ordinal())
          .thenComparing(r -> r.agency().name());

  private AgencyTree() {}

  static List<AgencyRecord> depthFirst(List<AgencyRecord> agencies) {
    Set<Long> present = new HashSet<>();
    agencies.forEach(a -> present.add(a.id()));
    Map<Long, List<AgencyRecord>> children = new HashMap<>();
    List<AgencyRecord> tops = new ArrayList<>();
    for (AgencyRecord agency : agencies) {
      Long parent = agency.agency().parentId();
      if (parent == null || !present.contains(parent)) {
        tops.add(agency);
      } else {
        children.computeIfAbsent(parent, id -> new ArrayList<>()).add(agency);
      }
    }
    List<AgencyRecord> ordered = new ArrayList<>(agencies.size());
    tops.sort(SIBLINGS);
    tops.forEach(top -> visit(top, children, ordered));
    return ordered;
  }

  private static void visit(
      AgencyRecord agency, Map<Long, List<AgencyRecord>> children, List<AgencyRecord> ordered) {
    ordered.add(agency);
    List<AgencyRecord> below = children.getOrDefault(agency.id(), new ArrayList<>());
    below.sort(SIBLINGS);
    below.forEach(child -> visit(child, children, ordered));
  }
}
