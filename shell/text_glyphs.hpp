// text_glyphs.hpp — which characters a text needs drawn: the code points of UTF-8 text, and of a scenario file's JSON
// (its \u escapes decoded, text marked as Chinese kept apart). The font atlas is built from these sets (fonts.hpp).
// Pure and total: any bytes give a set (a malformed sequence counts as U+FFFD, which is what ImGui draws for it), in
// time linear in the input and memory bounded by the code point range. No ImGui: tested natively.
#pragma once
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace shell {

constexpr char32_t kReplacementCharacter = 0xFFFD;
constexpr char32_t kLastCodePoint = 0x10FFFF;

// Whether a font could be asked for a glyph of `c`: not a control character (C0, DEL, C1), not a surrogate half, in
// range. Everything else ImGui draws with a glyph, the fallback glyph if the atlas has none.
bool drawable(char32_t c);

// A set of code points: a bitmap in pages of 4,096 allocated on first use, so a set of Latin and a few thousand hanzi
// takes a few KiB. Adding and testing are O(1).
class CodePointSet {
 public:
  CodePointSet();
  CodePointSet(const CodePointSet& other);
  CodePointSet& operator=(const CodePointSet& other);
  CodePointSet(CodePointSet&&) noexcept = default;
  CodePointSet& operator=(CodePointSet&&) noexcept = default;

  bool add(char32_t c);  // true when `c` was not in the set; code points past U+10FFFF are ignored
  bool contains(char32_t c) const;
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::size_t add_all(const CodePointSet& other);  // how many were new
  void clear();
  // Calls f(c) for every member, in ascending order.
  template <class F> void for_each(F&& f) const {
    for (std::size_t page = 0; page < pages_.size(); ++page) {
      if (!pages_[page]) continue;
      for (std::size_t word = 0; word < kWords; ++word) {
        std::uint64_t bits = (*pages_[page])[word];
        while (bits) {
          const int bit = std::countr_zero(bits);
          bits &= bits - 1;
          f(static_cast<char32_t>(page * kPageBits + word * 64 + static_cast<std::size_t>(bit)));
        }
      }
    }
  }
  std::vector<char32_t> to_vector() const;

 private:
  static constexpr std::size_t kPageBits = 4096, kWords = kPageBits / 64;
  using Page = std::array<std::uint64_t, kWords>;
  std::vector<std::unique_ptr<Page>> pages_;
  std::size_t size_ = 0;
};

// A UTF-8 decoder fed a byte at a time (so text may arrive in pieces): out(c) for each code point, U+FFFD for each
// maximal ill-formed subpart (an invalid byte, an overlong form, a surrogate, a sequence cut short).
class Utf8Decoder {
 public:
  template <class Out> void byte(unsigned char b, Out&& out) {
    if (needed_ > 0) {
      if (b >= low_ && b <= high_) {
        value_ = (value_ << 6) | (b & 0x3Fu);
        low_ = 0x80;
        high_ = 0xBF;
        if (--needed_ == 0) out(value_);
        return;
      }
      abandon(out);  // then `b` starts afresh
    }
    if (b < 0x80) {
      out(static_cast<char32_t>(b));
    } else if (b >= 0xC2 && b <= 0xDF) {
      start(b & 0x1Fu, 1, 0x80, 0xBF);
    } else if (b >= 0xE0 && b <= 0xEF) {
      start(b & 0x0Fu, 2, b == 0xE0 ? 0xA0 : 0x80, b == 0xED ? 0x9F : 0xBF);  // no overlong forms, no surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
      start(b & 0x07u, 3, b == 0xF0 ? 0x90 : 0x80, b == 0xF4 ? 0x8F : 0xBF);  // no overlong forms, nothing past U+10FFFF
    } else {
      out(kReplacementCharacter);
    }
  }
  bool idle() const { return needed_ == 0; }
  // The input ended (or a delimiter came): a sequence cut short is one U+FFFD.
  template <class Out> void finish(Out&& out) {
    if (needed_ > 0) abandon(out);
  }

 private:
  void start(char32_t value, int needed, unsigned char low, unsigned char high) {
    value_ = value;
    needed_ = needed;
    low_ = low;
    high_ = high;
  }
  template <class Out> void abandon(Out&& out) {
    needed_ = 0;
    low_ = 0x80;
    high_ = 0xBF;
    out(kReplacementCharacter);
  }
  char32_t value_ = 0;
  int needed_ = 0;
  unsigned char low_ = 0x80, high_ = 0xBF;
};

// Adds the drawable code points of UTF-8 `text` to `out`; a malformed sequence adds U+FFFD (each maximal ill-formed
// subpart once, as the Unicode standard recommends). Returns how many were new.
std::size_t add_text(CodePointSet& out, std::string_view text);

// Reads a scenario file's JSON, fed in pieces of any size (a large file is scanned a slice per frame), and collects
// the code points of its strings: member names and values, with escapes decoded (\u surrogate pairs joined; a lone
// surrogate counts as U+FFFD). Text marked as Chinese goes to `chinese` instead of `common`: a member whose name is
// a Chinese language tag or ends with one ("zh", "zh-Hans", "zh_CN", "title_zh", "narrative.zh-Hans"), and everything
// inside it. The English interface does not show that text, so it needs no CJK font for it. Bytes outside strings are
// structure; malformed JSON is read as far as it goes (the loader, not this, reports errors).
class JsonTextScanner {
 public:
  void feed(std::string_view bytes);
  const CodePointSet& common() const { return common_; }
  const CodePointSet& chinese() const { return chinese_; }
  std::uint64_t bytes_fed() const { return fed_; }

  // Whether a member named `name` holds Chinese text (see above).
  static bool chinese_member(std::string_view name);

 private:
  void structure_byte(unsigned char b);
  void string_byte(unsigned char b);
  void escape_byte(unsigned char b);
  void end_string();
  void emit(char32_t c);
  void code_unit(char32_t unit);
  bool top_is_object() const { return !is_object_.empty() && is_object_.back(); }
  bool value_mark() const;

  CodePointSet common_, chinese_;
  std::uint64_t fed_ = 0;
  // Structure: one entry per open object or array, true when its text is Chinese. Bounded by the input's nesting.
  std::vector<bool> marked_;
  std::vector<bool> is_object_;
  bool expect_key_ = false;     // in an object, the next string is a member name
  bool value_marked_ = false;   // the member whose value comes next is Chinese
  // Inside a string.
  bool in_string_ = false, string_is_key_ = false, string_marked_ = false;
  int escape_ = 0;              // 0 none; 1 after '\'; 2..5 reading \u hex digits
  char32_t escape_value_ = 0;
  char32_t high_surrogate_ = 0;  // a \uD800-\uDBFF waiting for its low half
  Utf8Decoder utf8_;
  std::string key_;             // the member name being read (its first 64 bytes; language tags are short)
  bool key_too_long_ = false;
};

}  // namespace shell
