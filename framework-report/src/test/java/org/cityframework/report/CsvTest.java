package org.cityframework.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cityframework.rules.Assessment;
import org.cityframework.rules.Finding;
import org.cityframework.rules.Progress;
import org.junit.jupiter.api.Test;

class CsvTest {

  /** The cells of one RFC 4180 record without line breaks in fields. */
  static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        assertThat(c).as("a quote inside an unquoted field of %s", line).isNotEqualTo('"');
        cell.append(c);
      }
    }
    assertThat(quoted).as("an unterminated quoted field in %s", line).isFalse();
    cells.add(cell.toString());
    return cells;
  }

  static List<List<String>> records(String csv) {
    assertThat(csv).endsWith("\r\n");
    assertThat(csv.replace("\r\n", "")).doesNotContain("\r", "\n");
    List<List<String>> records = new ArrayList<>();
    for (String line : csv.substring(0, csv.length() - 2).split("\r\n", -1)) {
      records.add(cells(line));
    }
    return records;
  }

  @Test
  void has_a_header_then_one_row_of_thirteen_fields_per_finding_in_rank_order() {
    Assessment a = Cities.riverton();
    List<List<String>> records = records(ReportFormat.CSV.render(a));
    assertThat(records.get(0))
        .containsExactly(
            "rank",
            "checkId",
            "recommendation",
            "status",
            "worstCase",
            "bestCase",
            "priority",
            "effort",
            "weight",
            "summary",
            "evidence",
            "actions",
            "placement");
    assertThat(records).hasSize(a.findings().size() + 1).allSatisfy(r -> assertThat(r).hasSize(13));
    for (int i = 0; i < a.findings().size(); i++) {
      Finding f = a.findings().get(i);
      List<String> row = records.get(i + 1);
      assertThat(row.get(0)).isEqualTo(Integer.toString(i + 1));
      assertThat(row.get(1)).isEqualTo(f.checkId());
      assertThat(row.get(3)).isEqualTo(f.status().name());
      assertThat(row.get(4)).isEqualTo(f.worstCase().name());
      assertThat(row.get(5)).isEqualTo(f.bestCase().name());
      assertThat(row.get(6)).isEqualTo(f.priority().name());
      assertThat(row.get(9)).isEqualTo(f.check().summary());
      assertThat(row.get(11)).isEqualTo(String.join(" | ", f.actions()));
      assertThat(row.get(12)).isEqualTo(f.placement());
    }
  }

  @Test
  void evidence_reads_pointer_equals_value_and_unknown_when_absent() {
    Assessment a = Cities.riverton();
    List<List<String>> records = records(ReportFormat.CSV.render(a));
    Finding first = a.findings().get(0);
    assertThat(records.get(1).get(10))
        .isEqualTo(
            String.join(
                "; ",
                first.evidence().stream()
                    .map(e -> e.pointer() + "=" + e.value().orElse("unknown"))
                    .toList()));
    assertThat(records.get(1).get(10)).contains("=unknown");
  }

  @Test
  void a_progress_has_one_row_per_change() {
    Progress p = Cities.rivertonProgress();
    List<List<String>> records = records(ReportFormat.CSV.render(p));
    assertThat(records.get(0))
        .containsExactly(
            "change", "checkId", "summary", "from", "to", "priority", "fromBounds", "toBounds");
    assertThat(records).hasSize(p.changes().size() + 1);
    assertThat(records.stream().skip(1).map(r -> r.get(0)))
        .containsOnly("RESOLVED", "NEW_GAP", "OTHER");
    assertThat(records.stream().filter(r -> r.get(0).equals("RESOLVED")))
        .hasSize(p.resolved().size());
    assertThat(records.stream().filter(r -> r.get(0).equals("NEW_GAP")))
        .hasSize(p.newGaps().size());
  }
}
