package be.brussels.pan.service.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Secondary suppression of a two-way table (rows × columns: communes × fragility levels, communes × first target
 * group of the demand, or two one-way tables over the same people, such as communes × personae, whose cells are
 * never published) against a reader who adds and subtracts every published number.
 *
 * <p>The reader knows each shown cell, each shown row and column total (the one-way tables), and, where a
 * dimension partitions the people and the grand total is shown, the sum of its hidden keys (total minus the shown
 * ones). The reader is assumed to also know which cells are empty (stricter than the truth: the published answer
 * lists nothing for an empty cell and nothing for a hidden one). So the unknowns are the hidden non-empty cells, and
 * each known total is an equation on the unknowns of its line. The hidden keys of a partition enter only through
 * their sum, so they are one line (one node below); keys whose total is unknown constrain nothing (the free node).
 *
 * <p>Drawn as a graph (a node per known line, the free node, an edge per hidden non-empty cell), a hidden cell can
 * be worked out exactly if and only if its edge is a <b>bridge</b>: otherwise it lies on a cycle, along which
 * adding and subtracting the same amount in turn changes no known total (and since every cell on it is non-empty,
 * a small amount keeps every cell non-negative, so the cell is not pinned down by the bounds either). The sum of a
 * line's hidden cells that are not bridges can be worked out too (the line's total minus its shown cells and its
 * bridges). The table is protected when no bridge holds 1 to threshold − 1 people and no known line's non-bridge
 * hidden cells add up to 1 to threshold − 1. Repairs, repeated until it holds:
 * <ul>
 *   <li>a small bridge: hide the shown cells of the cheapest cycle through it (fewest people hidden), else, when
 *       no cycle exists among non-empty cells, hide a total at its end ({@link Outcome#hideRow()} or
 *       {@link Outcome#hideColumn()}: the caller hides it in its one-way table and protects again);</li>
 *   <li>a small line sum: hide the smallest shown cell of the line, else hide the line's total.</li>
 * </ul>
 * Not covered: unions of hidden cells across several lines at once (not a cell of any table), and three-way
 * combinations of tables that share no line; {@code docs/security/disclosure.md} says why that is accepted.
 */
final class TwoWayProtection {

    /** How the totals of a dimension are published. */
    enum Margins {
        /** Each key in one of a partition of the people: shown keys' totals published, hidden keys' sum derivable. */
        PARTITION,
        /** Keys that overlap (a person in several target groups): shown keys' totals published, nothing else. */
        OVERLAPPING,
        /** No total of this dimension is published. */
        NONE
    }

    /**
     * One dimension of the table.
     *
     * @param totals  the total of each key with at least one person
     * @param hidden  the keys whose total is not published (their cells are hidden too)
     * @param margins how the totals are published
     */
    record Dimension(Map<String, Long> totals, Set<String> hidden, Margins margins) {
    }

    /** A cell of the table, by row and column key. */
    record Cell(String row, String column) {
    }

    /**
     * What {@link #protect} decided: either stable (the cells to hide among the publishable ones), or a total to hide
     * first ({@code hideRow} or {@code hideColumn}), after which the caller protects again.
     */
    record Outcome(Set<Cell> hidden, String hideRow, String hideColumn) {

        boolean stable() {
            return hideRow == null && hideColumn == null;
        }
    }

    private final int threshold;

    TwoWayProtection(int threshold) {
        this.threshold = threshold;
    }

    /**
     * Protects a table.
     *
     * @param cells          row → column → people (empty cells may be left out)
     * @param cellsPublished whether the cells are published at all (false: two one-way tables over the same people,
     *                       only their totals are)
     * @param totalKnown     whether the grand total is published
     */
    Outcome protect(Dimension rows, Dimension columns, Map<String, ? extends Map<String, Long>> cells,
                    boolean cellsPublished, boolean totalKnown) {
        return protect(rows, columns, cells, cellsPublished, totalKnown, Set.of());
    }

    /** As {@link #protect(Dimension, Dimension, Map, boolean, boolean)}, some cells never shown ({@code neverShown}). */
    Outcome protect(Dimension rows, Dimension columns, Map<String, ? extends Map<String, Long>> cells,
                    boolean cellsPublished, boolean totalKnown, Set<Cell> neverShown) {
        Set<Cell> hidden = new TreeSet<>(Comparator.comparing(Cell::row).thenComparing(Cell::column));
        hidden.addAll(neverShown);
        if (cellsPublished) {
            cells.forEach((row, line) -> line.forEach((column, count) -> {
                if (publishable(rows, columns, row, column) && count > 0 && count < threshold) {
                    hidden.add(new Cell(row, column));
                }
            }));
        }
        while (true) {
            Graph graph = new Graph(rows, columns, cells, cellsPublished, totalKnown, hidden);
            boolean[] bridge = graph.bridges();
            boolean repaired = false;
            for (Edge edge : graph.edges) {
                if (bridge[edge.id] && edge.value > 0 && edge.value < threshold) {
                    List<Cell> cycle = graph.cheapestCycle(edge);
                    if (cycle == null || cycle.isEmpty()) {
                        return graph.escalate(edge.a, edge.b);
                    }
                    hidden.addAll(cycle);
                    repaired = true;
                    break;
                }
            }
            if (repaired) {
                continue;
            }
            for (int node = 1; node < graph.names.size(); node++) {
                long sum = 0;
                for (Edge edge : graph.edgesAt.get(node)) {
                    sum += bridge[edge.id] ? 0 : edge.value;
                }
                if (sum > 0 && sum < threshold) {
                    Cell smallest = graph.smallestShownAt(node);
                    if (smallest == null) {
                        return graph.escalate(node, node);
                    }
                    hidden.add(smallest);
                    repaired = true;
                    break;
                }
            }
            if (!repaired) {
                return new Outcome(hidden, null, null);
            }
        }
    }

    private static boolean publishable(Dimension rows, Dimension columns, String row, String column) {
        return !rows.hidden().contains(row) && !columns.hidden().contains(column);
    }

    private record Edge(int id, int a, int b, long value) {
    }

    /** A shown cell, as a possible edge of a cycle: hiding it costs its people. */
    private record Shown(Cell cell, int a, int b, long value) {
    }

    /** The reader's equations as a multigraph; node 0 is the free node (no known total). */
    private final class Graph {
        private static final int FREE = 0;

        final List<String> names = new ArrayList<>(List.of("free"));
        final Map<String, Integer> index = new HashMap<>();
        final List<Edge> edges = new ArrayList<>();
        final List<List<Edge>> edgesAt = new ArrayList<>();
        final List<Shown> shown = new ArrayList<>();
        private final Dimension rows;
        private final Dimension columns;

        Graph(Dimension rows, Dimension columns, Map<String, ? extends Map<String, Long>> cells, boolean cellsPublished,
              boolean totalKnown, Set<Cell> hidden) {
            this.rows = rows;
            this.columns = columns;
            edgesAt.add(new ArrayList<>());
            // The hidden keys of a partition are one line: only their sum is known, so only the sums of their cells
            // by column (row) enter any equation; those sums are the edges, not the cells one by one.
            Map<String, Long> merged = new TreeMap<>();
            for (Map.Entry<String, ? extends Map<String, Long>> line : new TreeMap<>(cells).entrySet()) {
                for (Map.Entry<String, Long> cell : new TreeMap<>(line.getValue()).entrySet()) {
                    long count = cell.getValue();
                    if (count <= 0) {
                        continue;
                    }
                    int a = node("row", line.getKey(), rows, totalKnown);
                    int b = node("column", cell.getKey(), columns, totalKnown);
                    Cell c = new Cell(line.getKey(), cell.getKey());
                    if (cellsPublished && publishable(rows, columns, c.row(), c.column()) && !hidden.contains(c)) {
                        shown.add(new Shown(c, a, b, count));
                    } else if (a == FREE && b == FREE) {
                        continue; // no equation holds it
                    } else if (isBlock(a) || isBlock(b)) {
                        merged.merge(a + " " + b, count, Long::sum);
                    } else {
                        edge(a, b, count);
                    }
                }
            }
            merged.forEach((ends, count) -> {
                String[] ab = ends.split(" ");
                edge(Integer.parseInt(ab[0]), Integer.parseInt(ab[1]), count);
            });
        }

        private boolean isBlock(int node) {
            return node != FREE && !names.get(node).contains(":");
        }

        private int node(String side, String key, Dimension dimension, boolean totalKnown) {
            String name;
            if (dimension.margins() == Margins.NONE) {
                return FREE;
            } else if (!dimension.hidden().contains(key)) {
                name = side + ":" + key;
            } else if (dimension.margins() == Margins.PARTITION && totalKnown) {
                name = side + "*"; // the hidden keys, as one line
            } else {
                return FREE;
            }
            return index.computeIfAbsent(name, n -> {
                names.add(n);
                edgesAt.add(new ArrayList<>());
                return names.size() - 1;
            });
        }

        private void edge(int a, int b, long value) {
            Edge e = new Edge(edges.size(), a, b, value);
            edges.add(e);
            edgesAt.get(a).add(e);
            edgesAt.get(b).add(e);
        }

        /** Tarjan's bridges on the multigraph (a parallel edge is never a bridge). */
        boolean[] bridges() {
            int n = names.size();
            int[] order = new int[n];
            int[] low = new int[n];
            Arrays.fill(order, -1);
            boolean[] bridge = new boolean[edges.size()];
            int[] counter = {0};
            for (int start = 0; start < n; start++) {
                if (order[start] < 0) {
                    visit(start, -1, order, low, bridge, counter);
                }
            }
            return bridge;
        }

        private void visit(int node, int viaEdge, int[] order, int[] low, boolean[] bridge, int[] counter) {
            order[node] = low[node] = counter[0]++;
            for (Edge e : edgesAt.get(node)) {
                if (e.id == viaEdge) {
                    continue;
                }
                int next = e.a == node ? e.b : e.a;
                if (order[next] < 0) {
                    visit(next, e.id, order, low, bridge, counter);
                    low[node] = Math.min(low[node], low[next]);
                    if (low[next] > order[node]) {
                        bridge[e.id] = true;
                    }
                } else {
                    low[node] = Math.min(low[node], order[next]);
                }
            }
        }

        /**
         * The shown cells to hide so that {@code edge} lies on a cycle: the cheapest path (in people hidden) from one
         * end to the other over the other hidden edges (free) and the shown cells; null when there is none.
         */
        List<Cell> cheapestCycle(Edge edge) {
            int n = names.size();
            List<List<Object[]>> adjacent = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                adjacent.add(new ArrayList<>());
            }
            for (Edge e : edges) {
                if (e.id != edge.id) {
                    adjacent.get(e.a).add(new Object[] {e.b, 0L, null});
                    adjacent.get(e.b).add(new Object[] {e.a, 0L, null});
                }
            }
            for (Shown s : shown) {
                adjacent.get(s.a).add(new Object[] {s.b, s.value, s.cell});
                adjacent.get(s.b).add(new Object[] {s.a, s.value, s.cell});
            }
            long[] cost = new long[n];
            Arrays.fill(cost, Long.MAX_VALUE);
            Object[][] via = new Object[n][];
            PriorityQueue<long[]> queue = new PriorityQueue<>(Comparator.<long[]>comparingLong(q -> q[1]).thenComparingLong(q -> q[0]));
            cost[edge.a] = 0;
            queue.add(new long[] {edge.a, 0});
            while (!queue.isEmpty()) {
                long[] head = queue.poll();
                int at = (int) head[0];
                if (head[1] > cost[at]) {
                    continue;
                }
                for (Object[] step : adjacent.get(at)) {
                    int next = (Integer) step[0];
                    long c = cost[at] + (Long) step[1];
                    if (c < cost[next]) {
                        cost[next] = c;
                        via[next] = new Object[] {at, step[2]};
                        queue.add(new long[] {next, c});
                    }
                }
            }
            if (cost[edge.b] == Long.MAX_VALUE) {
                return null;
            }
            List<Cell> path = new ArrayList<>();
            for (int at = edge.b; at != edge.a; at = (Integer) via[at][0]) {
                if (via[at][1] != null) {
                    path.add((Cell) via[at][1]);
                }
            }
            return path;
        }

        /** The smallest shown cell of a node's line, or null (first in row-then-column order on ties). */
        Cell smallestShownAt(int node) {
            Shown best = null;
            for (Shown s : shown) {
                if ((s.a == node || s.b == node) && (best == null || s.value < best.value)) {
                    best = s;
                }
            }
            return best == null ? null : best.cell;
        }

        /**
         * A total to hide: that of {@code a} or {@code b} when it is a key's own (the smaller), else the smallest shown
         * total of the table.
         */
        Outcome escalate(int a, int b) {
            List<String> candidates = new ArrayList<>();
            for (int node : new int[] {a, b}) {
                String name = names.get(node);
                if (name.contains(":")) {
                    candidates.add(name);
                }
            }
            if (candidates.isEmpty()) {
                for (String name : names) {
                    if (name.contains(":")) {
                        candidates.add(name);
                    }
                }
            }
            String chosen = candidates.stream().min(Comparator.comparingLong(this::total).thenComparing(c -> c))
                    .orElseThrow(() -> new IllegalStateException("no total left to hide, yet a hidden cell can be worked"
                            + " out: the table's protection is inconsistent"));
            String key = chosen.substring(chosen.indexOf(':') + 1);
            Set<Cell> none = new LinkedHashSet<>();
            return chosen.startsWith("row:") ? new Outcome(none, key, null) : new Outcome(none, null, key);
        }

        private long total(String name) {
            String key = name.substring(name.indexOf(':') + 1);
            return name.startsWith("row:") ? rows.totals().getOrDefault(key, 0L) : columns.totals().getOrDefault(key, 0L);
        }
    }
}
