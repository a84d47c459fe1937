// font_index.hpp — the font files the page may fetch beside the font compiled into the app, as fonts/index.bin lists
// them (written by scripts/subset_font.py extra): each file's name, size, checksum, vertical metrics, and the code
// points it has; no code point is in two files, so each character has one file to fetch. The index arrives over the
// network like any file, so parsing checks every bound and the whole index's checksum. No ImGui: tested natively.
//
// index.bin, little-endian, numbers as LEB128 varints ("v"):
//   "MPSF", u8 version (1), v file count, then per file:
//     v name length, name (a-z 0-9 . _ -, ending .ttf or .otf), v size in bytes, u64 FNV-1a-64 of the file,
//     v units per em, v ascent, v -descent (hhea), v run count, runs: v gap from the previous run's end (from -1),
//     v length - 1
//   u64 FNV-1a-64 of everything before it.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace shell {

struct CodePointRun {
  char32_t first, last;  // inclusive
};

// A font's vertical metrics in font units (hhea), which size its glyphs to the UI font's em.
struct FontMetrics {
  int units_per_em = 0, ascent = 0, descent = 0;  // descent below zero
};

struct FontFile {
  std::string name;  // e.g. "cjk-gb2312.ttf"; served as fonts/<name>
  std::uint64_t bytes = 0;
  std::uint64_t checksum = 0;  // FNV-1a-64 of its bytes
  FontMetrics metrics;
  std::size_t characters = 0;
};

class FontIndex {
 public:
  // The index in `bytes`, or nullopt with `error` saying what is wrong with it.
  static std::optional<FontIndex> parse(std::span<const unsigned char> bytes, std::string& error);

  const std::vector<FontFile>& files() const { return files_; }
  // The file that has `c`, or -1 when none has.
  int owner(char32_t c) const;

 private:
  struct Run {
    char32_t first, last;
    std::uint32_t file;
  };
  std::vector<FontFile> files_;
  std::vector<Run> runs_;  // sorted and disjoint
};

std::uint64_t fnv1a64(std::span<const unsigned char> bytes);
// Whether `c` is in `runs` (sorted, disjoint).
bool in_runs(std::span<const CodePointRun> runs, char32_t c);

}  // namespace shell
