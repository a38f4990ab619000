import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, csvLine, CsvSyntaxError, formatCsv, parseCsv } from "@/lib/domain/csv";

const fieldsOf = (text: string) => parseCsv(text).map((record) => record.fields);

describe("parseCsv", () => {
  it("reads plain records with LF or CRLF, with or without a final line end", () => {
    expect(fieldsOf("a,b\n1,2\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(fieldsOf("a,b\r\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(fieldsOf("a,b\r1,2\r")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("drops a UTF-8 byte-order mark", () => {
    expect(fieldsOf("\uFEFFkpi_code,value\nX,1")).toEqual([
      ["kpi_code", "value"],
      ["X", "1"],
    ]);
  });

  it("keeps empty fields, leading, trailing and in between", () => {
    expect(fieldsOf(",a,,b,\n")).toEqual([["", "a", "", "b", ""]]);
  });

  it("reads quoted fields with commas, escaped quotes and line breaks", () => {
    expect(fieldsOf('x,"a, b","say ""hi""","two\r\nlines"\n')).toEqual([["x", "a, b", 'say "hi"', "two\r\nlines"]]);
    expect(fieldsOf('""\n')).toEqual([[""]]);
  });

  it("keeps spaces and treats a quote inside an unquoted field as text", () => {
    expect(fieldsOf(' a , b\n5 "in"\n')).toEqual([[" a ", " b"], ['5 "in"']]);
  });

  it("numbers records from 1 (the header) and counts blank lines like a spreadsheet", () => {
    const records = parseCsv('h1,h2\n\na,b\r\n"multi\nline",c\nlast,d\n');
    expect(records.map(({ row, line }) => [row, line])).toEqual([
      [1, 1],
      [3, 3],
      [4, 4],
      [5, 6],
    ]);
  });

  it("returns nothing for empty text or blank lines only", () => {
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv("\n\r\n")).toEqual([]);
    expect(parseCsv("\uFEFF")).toEqual([]);
  });

  it("names the row and line where an unterminated quote opened", () => {
    const attempt = () => parseCsv('h\nok\n"never closed\nmore');
    expect(attempt).toThrow(CsvSyntaxError);
    expect(attempt).toThrow("Row 3 (line 3): a quoted field is opened but never closed");
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ row: 3, line: 3 });
    }
  });

  it("refuses text after a closing quote", () => {
    expect(() => parseCsv('"a"b,c\n')).toThrow(/unexpected text after a closing quote/);
  });
});

describe("writing CSV", () => {
  it("quotes only when needed and doubles quotes", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
  });

  it("neutralises text that a spreadsheet would run as a formula, but not numbers", () => {
    expect(csvCell("=SUM(A1:A9)")).toBe("'=SUM(A1:A9)");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2 late")).toBe("'-2 late");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(1.5e-7)).toBe("1.5e-7");
    expect(csvCell("=1", { neutraliseFormulas: false })).toBe("=1");
  });

  it("writes CRLF records, and a lone empty field quoted so it is not a blank line", () => {
    expect(csvLine(["a", 1, null])).toBe("a,1,\r\n");
    expect(csvLine([""])).toBe('""\r\n');
    expect(formatCsv([["h"], ["v"]])).toBe("h\r\nv\r\n");
  });

  it("writes non-finite numbers as empty cells", () => {
    expect(csvCell(Number.NaN)).toBe("");
  });
});

const cellText = fc.string({ unit: fc.constantFrom("a", "Z", " ", ",", '"', "\n", "\r", "é", "=", "-", "1", "\t"), maxLength: 8 });
const table = fc.array(fc.array(cellText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 });

describe("round trip", () => {
  it("parse(write(rows)) gives the rows back", () => {
    fc.assert(
      fc.property(table, (rows) => {
        expect(fieldsOf(formatCsv(rows, { neutraliseFormulas: false }))).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });

  it("with formula neutralising, only risky text comes back prefixed with '", () => {
    fc.assert(
      fc.property(table, (rows) => {
        const expected = rows.map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
        expect(fieldsOf(formatCsv(rows))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("round-trips with a BOM and LF line ends too", () => {
    fc.assert(
      fc.property(table, (rows) => {
        const text = `\uFEFF${formatCsv(rows, { neutraliseFormulas: false }).replaceAll("\r\n", "\n")}`;
        // Only the record separators were CRLF outside quotes; quoted CRLFs become LF as well.
        const expected = rows.map((row) => row.map((cell) => cell.replaceAll("\r\n", "\n")));
        expect(fieldsOf(text)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
