package qc.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A cell a spreadsheet would run is neutralised, wherever the formula hides. */
class CsvTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "=SUM(A1)|'=SUM(A1)",
            "+33 6|'+33 6",
            "-2+3|'-2+3",
            "@cmd|'@cmd",
            "Ana|Ana",
            "Pérez, García|\"Pérez, García\"",
            "dit \"Chepe\"|\"dit \"\"Chepe\"\"\""})
    void cellsAreQuotedAndFormulasNeutralised(String value, String expected) {
        assertThat(Csv.cell(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"TAB", "CR", "LF"})
    void aControlCharacterBeforeOrInsideACellCannotStartAFormula(String kind) {
        String value = switch (kind) {
            case "TAB" -> "\t=1+1";
            case "CR" -> "\r=1+1";
            default -> "Ana\n=1+1";
        };

        String cell = Csv.cell(value);

        assertThat(cell).startsWith(kind.equals("TAB") ? "'" : "\"'");
    }
}
