package org.fourmiliere.members.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** CSV cells: quoted when needed, never run as a formula by a spreadsheet, phone numbers left alone. */
class MemberCsvTest {

    @Test
    void cellsAreQuotedAndFormulasNeutralised() {
        assertThat(MemberCsv.cell(null)).isEmpty();
        assertThat(MemberCsv.cell("Tremblay")).isEqualTo("Tremblay");
        assertThat(MemberCsv.cell("1234, rue Rachel")).isEqualTo("\"1234, rue Rachel\"");
        assertThat(MemberCsv.cell("La \"Ruche\"")).isEqualTo("\"La \"\"Ruche\"\"\"");
        assertThat(MemberCsv.cell("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(MemberCsv.cell("=HYPERLINK(\"x\")")).startsWith("\"'=");
        assertThat(MemberCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(MemberCsv.cell("-cmd")).isEqualTo("'-cmd");
        assertThat(MemberCsv.cell("+1 514 555-0101")).isEqualTo("+1 514 555-0101");
    }

    @Test
    void linesEndWithCrLf() {
        StringBuilder out = new StringBuilder();
        MemberCsv.line(out, Arrays.asList("1", null, "x,y"));
        assertThat(out.toString()).isEqualTo("1,,\"x,y\"\r\n");
    }
}
