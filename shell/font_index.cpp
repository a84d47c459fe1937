// font_index.cpp — reading fonts/index.bin (format in font_index.hpp) and finding the file that has a character.
#include "font_index.hpp"

#include <algorithm>

#include "text_glyphs.hpp"

namespace shell {
namespace {

// Reads the index front to back; the first problem stops it and is kept as the error.
class Reader {
 public:
  explicit Reader(std::span<const unsigned char> bytes) : bytes_(bytes) {}
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  void fail(std::string what) {
    if (error_.empty()) error_ = std::move(what) + " (byte " + std::to_string(at_) + ")";
  }
  std::uint64_t varint(std::uint64_t max, const char* what) {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at_ >= bytes_.size()) {
        fail(std::string("the index ends inside ") + what);
        return 0;
      }
      const unsigned char b = bytes_[at_++];
      value |= static_cast<std::uint64_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) {
        if (value > max) {
          fail(std::string(what) + " " + std::to_string(value) + " is more than " + std::to_string(max));
          return 0;
        }
        return value;
      }
    }
    fail(std::string("a number too long in ") + what);
    return 0;
  }
  std::uint64_t u64(const char* what) {
    if (bytes_.size() - at_ < 8) {
      fail(std::string("the index ends inside ") + what);
      return 0;
    }
    std::uint64_t value = 0;
    for (int i = 7; i >= 0; --i) value = value << 8 | bytes_[at_ + static_cast<std::size_t>(i)];
    at_ += 8;
    return value;
  }
  std::string text(std::size_t length, const char* what) {
    if (bytes_.size() - at_ < length) {
      fail(std::string("the index ends inside ") + what);
      return {};
    }
    std::string out(reinterpret_cast<const char*>(bytes_.data() + at_), length);
    at_ += length;
    return out;
  }
  bool at_end() const { return at_ == bytes_.size(); }

 private:
  std::span<const unsigned char> bytes_;
  std::size_t at_ = 0;
  std::string error_;
};

// A name that is safe in a URL path and a file system: no '/', no "..", a font extension.
bool safe_name(const std::string& name) {
  if (name.size() < 5 || name.front() == '.') return false;
  for (const char c : name)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-')) return false;
  if (name.find("..") != std::string::npos) return false;
  const std::string ext = name.substr(name.size() - 4);
  return ext == ".ttf" || ext == ".otf";
}

}  // namespace

std::uint64_t fnv1a64(std::span<const unsigned char> bytes) {
  std::uint64_t h = 0xCBF29CE484222325ull;
  for (const unsigned char b : bytes) h = (h ^ b) * 0x100000001B3ull;
  return h;
}

bool in_runs(std::span<const CodePointRun> runs, char32_t c) {
  const auto it = std::upper_bound(runs.begin(), runs.end(), c, [](char32_t x, const CodePointRun& r) { return x < r.first; });
  return it != runs.begin() && c <= std::prev(it)->last;
}

std::optional<FontIndex> FontIndex::parse(std::span<const unsigned char> bytes, std::string& error) {
  constexpr std::uint64_t kMaxFiles = 4096, kMaxFileBytes = 64ull << 20, kMaxNameLength = 64;
  if (bytes.size() < 4 + 1 + 1 + 8 || std::string_view(reinterpret_cast<const char*>(bytes.data()), 4) != "MPSF") {
    error = "not a font index (it does not start with MPSF)";
    return std::nullopt;
  }
  if (bytes[4] != 1) {
    error = "font index version " + std::to_string(bytes[4]) + " (this app reads version 1)";
    return std::nullopt;
  }
  const std::span<const unsigned char> body = bytes.first(bytes.size() - 8);
  Reader tail(bytes.last(8));
  if (tail.u64("the checksum") != fnv1a64(body)) {
    error = "the font index is damaged (its checksum does not match)";
    return std::nullopt;
  }
  Reader r(body.subspan(5));
  FontIndex index;
  const std::uint64_t count = r.varint(kMaxFiles, "the file count");
  for (std::uint64_t f = 0; f < count && r.ok(); ++f) {
    FontFile file;
    file.name = r.text(static_cast<std::size_t>(r.varint(kMaxNameLength, "a file name's length")), "a file name");
    if (r.ok() && !safe_name(file.name)) r.fail("file name \"" + file.name + "\" is not a font file name");
    file.bytes = r.varint(kMaxFileBytes, "a file size");
    file.checksum = r.u64("a file checksum");
    file.metrics.units_per_em = static_cast<int>(r.varint(16384, "units per em"));
    file.metrics.ascent = static_cast<int>(r.varint(65535, "an ascent"));
    file.metrics.descent = -static_cast<int>(r.varint(65535, "a descent"));
    if (r.ok() && (file.metrics.units_per_em < 16 || file.metrics.ascent - file.metrics.descent <= 0)) r.fail("the metrics of " + file.name);
    const std::uint64_t run_count = r.varint(kLastCodePoint + 1, "a run count");
    std::uint64_t next = 0;  // the lowest code point the next run may start at
    for (std::uint64_t i = 0; i < run_count && r.ok(); ++i) {
      const std::uint64_t first = next + r.varint(kLastCodePoint, "a gap");
      const std::uint64_t last = first + r.varint(kLastCodePoint, "a run length");
      if (!r.ok()) break;
      if (last > kLastCodePoint) {
        r.fail("a run of " + file.name + " goes past U+10FFFF");
        break;
      }
      index.runs_.push_back(Run{static_cast<char32_t>(first), static_cast<char32_t>(last), static_cast<std::uint32_t>(f)});
      file.characters += static_cast<std::size_t>(last - first + 1);
      next = last + 1;
    }
    index.files_.push_back(std::move(file));
  }
  if (r.ok() && !r.at_end()) r.fail("bytes after the last file");
  if (!r.ok()) {
    error = "the font index is malformed: " + r.error();
    return std::nullopt;
  }
  std::sort(index.runs_.begin(), index.runs_.end(), [](const Run& a, const Run& b) { return a.first < b.first; });
  for (std::size_t i = 1; i < index.runs_.size(); ++i)
    if (index.runs_[i].first <= index.runs_[i - 1].last) {
      error = "the font index gives a character to two files (" + index.files_[index.runs_[i - 1].file].name + " and " +
              index.files_[index.runs_[i].file].name + ")";
      return std::nullopt;
    }
  return index;
}

int FontIndex::owner(char32_t c) const {
  const auto it = std::upper_bound(runs_.begin(), runs_.end(), c, [](char32_t x, const Run& r) { return x < r.first; });
  if (it == runs_.begin() || c > std::prev(it)->last) return -1;
  return static_cast<int>(std::prev(it)->file);
}

}  // namespace shell
