// line_breaks_test.cpp — where Chinese text may break (shell/line_breaks.hpp). Expected strings worked out by hand
// from the rules of Chinese line breaking: between any two hanzi, never before closing or after opening punctuation.
#include <doctest/doctest.h>

#include "line_breaks.hpp"

using shell::wrappable;

TEST_CASE("text without CJK comes back unchanged") {
  CHECK(wrappable("Contoso sold fab-e3 (25 seats); Northwind may not remove them.") ==
        "Contoso sold fab-e3 (25 seats); Northwind may not remove them.");
  CHECK(wrappable("") == "");
}

TEST_CASE("a line may break between two hanzi, so a Latin name is not left alone before a run of them") {
  CHECK(wrappable("由 Contoso 销售") == "由 Contoso 销\t售");
  CHECK(wrappable("世纪互联") == "世\t纪\t互\t联");
  // Next to Latin letters or digits written without a space, too.
  CHECK(wrappable("90天") == "90\t天");
}

TEST_CASE("no line starts with closing punctuation nor ends with opening punctuation") {
  CHECK(wrappable("订阅（Office）。") == "订\t阅\t（Office）。");
  CHECK(wrappable("“北京”，上海") == "“北\t京”，\t上\t海");  // after closing punctuation a line may break
  CHECK(wrappable("席位：25") == "席\t位：\t25");
}

TEST_CASE("blanks already break, and bytes that are not UTF-8 pass through unmarked") {
  CHECK(wrappable("北 京") == "北 京");
  CHECK(wrappable("北\n京") == "北\n京");
  CHECK(wrappable(std::string("\xff\xfe", 2)) == std::string("\xff\xfe", 2));
  CHECK(wrappable(std::string("\xe5\x8c", 2)) == std::string("\xe5\x8c", 2));  // a hanzi cut short
}
