// font_index_test.cpp — fonts/index.bin: the index the build writes is read back file by file, each character finds
// the one file that has it, and a damaged or hostile index is refused with a reason, never trusted. The bytes are put
// together here by hand from the format in font_index.hpp.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "font_index.hpp"

using shell::FontIndex;

namespace {

using Bytes = std::vector<unsigned char>;

void varint(Bytes& out, std::uint64_t n) {
  do {
    out.push_back(static_cast<unsigned char>((n & 0x7F) | (n >= 0x80 ? 0x80 : 0)));
    n >>= 7;
  } while (n);
}
void u64(Bytes& out, std::uint64_t n) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<unsigned char>(n >> (8 * i)));
}
struct FileSpec {
  std::string name;
  std::uint64_t bytes, checksum;
  int upem, ascent, descent;
  std::vector<std::pair<char32_t, char32_t>> runs;
};
Bytes body(const std::vector<FileSpec>& files) {
  Bytes out{'M', 'P', 'S', 'F', 1};
  varint(out, files.size());
  for (const FileSpec& f : files) {
    varint(out, f.name.size());
    out.insert(out.end(), f.name.begin(), f.name.end());
    varint(out, f.bytes);
    u64(out, f.checksum);
    varint(out, static_cast<std::uint64_t>(f.upem));
    varint(out, static_cast<std::uint64_t>(f.ascent));
    varint(out, static_cast<std::uint64_t>(-f.descent));
    varint(out, f.runs.size());
    std::int64_t previous_end = -1;
    for (const auto& [first, last] : f.runs) {
      varint(out, static_cast<std::uint64_t>(static_cast<std::int64_t>(first) - previous_end - 1));
      varint(out, last - first);
      previous_end = last;
    }
  }
  return out;
}
Bytes sealed(Bytes b) {
  u64(b, shell::fnv1a64(b));
  return b;
}
std::string parse_error(const Bytes& bytes) {
  std::string error;
  CHECK_FALSE(FontIndex::parse(bytes, error).has_value());
  return error;
}

const std::vector<FileSpec> kTwoFiles = {
    {"cjk-gb2312.ttf", 1234567, 0x0123456789ABCDEFull, 2048, 1918, -483, {{0x3000, 0x303F}, {0x4E00, 0x4E00}, {0x5733, 0x5733}}},
    {"cjk-rare-01.otf", 99, 42, 1000, 1160, -288, {{0x3400, 0x4DBF}, {0x20BB7, 0x20BB7}}},
};

}  // namespace

TEST_CASE("FNV-1a 64 matches the published test vectors") {
  const std::string a = "a", foobar = "foobar";
  CHECK(shell::fnv1a64({}) == 0xCBF29CE484222325ull);
  CHECK(shell::fnv1a64(std::span(reinterpret_cast<const unsigned char*>(a.data()), a.size())) == 0xAF63DC4C8601EC8Cull);
  CHECK(shell::fnv1a64(std::span(reinterpret_cast<const unsigned char*>(foobar.data()), foobar.size())) == 0x85944171F73967E8ull);
}

TEST_CASE("an index is read file by file, and each character finds the one file that has it") {
  std::string error;
  const std::optional<FontIndex> index = FontIndex::parse(sealed(body(kTwoFiles)), error);
  REQUIRE_MESSAGE(index.has_value(), error);
  REQUIRE(index->files().size() == 2);
  const shell::FontFile& first = index->files()[0];
  CHECK(first.name == "cjk-gb2312.ttf");
  CHECK(first.bytes == 1234567);
  CHECK(first.checksum == 0x0123456789ABCDEFull);
  CHECK(first.metrics.units_per_em == 2048);
  CHECK(first.metrics.ascent == 1918);
  CHECK(first.metrics.descent == -483);
  CHECK(first.characters == 0x40 + 1 + 1);
  CHECK(index->files()[1].characters == 0x4DBF - 0x3400 + 1 + 1);
  CHECK(index->owner(0x3000) == 0);
  CHECK(index->owner(0x303F) == 0);
  CHECK(index->owner(0x3040) == -1);
  CHECK(index->owner(0x3400) == 1);   // 㐀
  CHECK(index->owner(0x4DAE) == 1);   // 䶮
  CHECK(index->owner(0x4DC0) == -1);
  CHECK(index->owner(0x4E00) == 0);
  CHECK(index->owner(0x4E01) == -1);
  CHECK(index->owner(0x5733) == 0);   // 圳
  CHECK(index->owner(0x20BB7) == 1);  // 𠮷
  CHECK(index->owner('A') == -1);
  CHECK(index->owner(0x10FFFF) == -1);
}

TEST_CASE("a damaged index is refused, saying what is wrong") {
  const Bytes good = sealed(body(kTwoFiles));
  CHECK(parse_error({}).find("not a font index") != std::string::npos);
  CHECK(parse_error(Bytes{'<', 'h', 't', 'm', 'l', '>', ' ', 'N', 'o', 't', ' ', 'f', 'o', 'u', 'n', 'd'}).find("not a font index") != std::string::npos);
  Bytes version = body(kTwoFiles);
  version[4] = 2;
  CHECK(parse_error(sealed(version)).find("version 2") != std::string::npos);
  Bytes flipped = good;
  flipped[20] ^= 1;
  CHECK(parse_error(flipped).find("checksum") != std::string::npos);
  // Cut short anywhere (and sealed again, as if the writer had stopped there): never read past the end.
  const Bytes whole = body(kTwoFiles);
  for (std::size_t length = 6; length < whole.size(); ++length) {
    const std::string error = parse_error(sealed(Bytes(whole.begin(), whole.begin() + static_cast<std::ptrdiff_t>(length))));
    CHECK_MESSAGE(error.find("malformed") != std::string::npos, length);
  }
  Bytes extra = whole;
  extra.push_back(0);
  CHECK(parse_error(sealed(extra)).find("bytes after the last file") != std::string::npos);
}

TEST_CASE("an index that would misuse a name, a range or a character is refused") {
  const auto refused = [](std::vector<FileSpec> files, const char* why) {
    const std::string error = parse_error(sealed(body(files)));
    CHECK_MESSAGE(error.find(why) != std::string::npos, error);
  };
  std::vector<FileSpec> files = kTwoFiles;
  files[0].name = "../index.bin";
  refused(files, "not a font file name");
  files[0].name = "fonts/a.ttf";
  refused(files, "not a font file name");
  files[0].name = "a.woff";
  refused(files, "not a font file name");
  files = kTwoFiles;
  files[1].runs = {{0x4E00, 0x4E10}};  // 0x4E00 is already the first file's
  refused(files, "two files");
  files = kTwoFiles;
  files[1].runs = {{0x10FFFF, 0x110005}};
  refused(files, "past U+10FFFF");
  files = kTwoFiles;
  files[0].bytes = (64ull << 20) + 1;
  refused(files, "file size");
  files = kTwoFiles;
  files[0].upem = 0;
  refused(files, "metrics");
  Bytes many{'M', 'P', 'S', 'F', 1};
  varint(many, 1u << 30);  // a file count past any real index
  CHECK(parse_error(sealed(many)).find("file count") != std::string::npos);
}

TEST_CASE("in_runs finds a code point in sorted runs") {
  const shell::CodePointRun runs[] = {{0x20, 0x7E}, {0xA0, 0xFF}, {0xFFFD, 0xFFFD}};
  CHECK(shell::in_runs(runs, 0x20));
  CHECK(shell::in_runs(runs, 0x7E));
  CHECK_FALSE(shell::in_runs(runs, 0x7F));
  CHECK_FALSE(shell::in_runs(runs, 0x1F));
  CHECK(shell::in_runs(runs, 0xFFFD));
  CHECK_FALSE(shell::in_runs(runs, 0xFFFE));
  CHECK_FALSE(shell::in_runs({}, 0x41));
}
