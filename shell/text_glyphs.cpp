// text_glyphs.cpp — code point sets from UTF-8 text and from a scenario file's JSON (see text_glyphs.hpp).
#include "text_glyphs.hpp"


namespace shell {

bool drawable(char32_t c) {
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return false;  // control characters
  if (c >= 0xD800 && c <= 0xDFFF) return false;            // surrogate halves are not characters
  return c <= kLastCodePoint;
}

// ---- CodePointSet

CodePointSet::CodePointSet() : pages_((kLastCodePoint + 1) / kPageBits) {}

CodePointSet::CodePointSet(const CodePointSet& other) : pages_(other.pages_.size()), size_(other.size_) {
  for (std::size_t i = 0; i < pages_.size(); ++i)
    if (other.pages_[i]) pages_[i] = std::make_unique<Page>(*other.pages_[i]);
}

CodePointSet& CodePointSet::operator=(const CodePointSet& other) {
  if (this != &other) *this = CodePointSet(other);
  return *this;
}

bool CodePointSet::add(char32_t c) {
  if (c > kLastCodePoint) return false;
  std::unique_ptr<Page>& page = pages_[c / kPageBits];
  if (!page) page = std::make_unique<Page>();  // value-initialised: all zero
  std::uint64_t& word = (*page)[(c % kPageBits) / 64];
  const std::uint64_t bit = std::uint64_t{1} << (c % 64);
  if (word & bit) return false;
  word |= bit;
  ++size_;
  return true;
}

bool CodePointSet::contains(char32_t c) const {
  if (c > kLastCodePoint) return false;
  const std::unique_ptr<Page>& page = pages_[c / kPageBits];
  return page && ((*page)[(c % kPageBits) / 64] >> (c % 64) & 1u);
}

std::size_t CodePointSet::add_all(const CodePointSet& other) {
  std::size_t added = 0;
  for (std::size_t i = 0; i < pages_.size(); ++i) {
    if (!other.pages_[i]) continue;
    if (!pages_[i]) pages_[i] = std::make_unique<Page>();
    for (std::size_t w = 0; w < kWords; ++w) {
      const std::uint64_t fresh = (*other.pages_[i])[w] & ~(*pages_[i])[w];
      added += static_cast<std::size_t>(std::popcount(fresh));
      (*pages_[i])[w] |= fresh;
    }
  }
  size_ += added;
  return added;
}

void CodePointSet::clear() {
  for (auto& page : pages_) page.reset();
  size_ = 0;
}

std::vector<char32_t> CodePointSet::to_vector() const {
  std::vector<char32_t> out;
  out.reserve(size_);
  for_each([&](char32_t c) { out.push_back(c); });
  return out;
}

// ---- UTF-8 text

std::size_t add_text(CodePointSet& out, std::string_view text) {
  std::size_t added = 0;
  const auto take = [&](char32_t c) { added += drawable(c) && out.add(c); };
  Utf8Decoder decoder;
  for (const char ch : text) decoder.byte(static_cast<unsigned char>(ch), take);
  decoder.finish(take);
  return added;
}

// ---- JSON

bool JsonTextScanner::chinese_member(std::string_view name) {
  // Segments separated by '-', '_' or '.': one of them is "zh", in any case.
  std::size_t start = 0;
  for (std::size_t i = 0; i <= name.size(); ++i) {
    if (i < name.size() && name[i] != '-' && name[i] != '_' && name[i] != '.') continue;
    if (i - start == 2 && (name[start] | 0x20) == 'z' && (name[start + 1] | 0x20) == 'h') return true;
    start = i + 1;
  }
  return false;
}

bool JsonTextScanner::value_mark() const {
  if (marked_.empty()) return false;
  return marked_.back() || (top_is_object() && value_marked_);
}

void JsonTextScanner::feed(std::string_view bytes) {
  fed_ += bytes.size();
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  while (p < end) {
    if (!in_string_) {
      structure_byte(*p++);
      continue;
    }
    if (escape_ == 0 && !string_is_key_ && utf8_.idle()) {
      // Plain ASCII inside a value: the bulk of most files, added without the decoder.
      const bool to_chinese = string_marked_;
      CodePointSet& set = to_chinese ? chinese_ : common_;
      while (p < end && *p >= 0x20 && *p < 0x7F && *p != '"' && *p != '\\' && high_surrogate_ == 0) set.add(*p++);
      if (p == end) break;
    }
    string_byte(*p++);
  }
}

void JsonTextScanner::structure_byte(unsigned char b) {
  switch (b) {
    case '{':
    case '[':
      marked_.push_back(value_mark());
      is_object_.push_back(b == '{');
      expect_key_ = b == '{';
      value_marked_ = false;
      break;
    case '}':
    case ']':
      if (!marked_.empty()) {
        marked_.pop_back();
        is_object_.pop_back();
      }
      expect_key_ = false;
      value_marked_ = false;
      break;
    case ',':
      expect_key_ = top_is_object();
      value_marked_ = false;
      break;
    case ':':
      expect_key_ = false;
      break;
    case '"':
      in_string_ = true;
      string_is_key_ = top_is_object() && expect_key_;
      string_marked_ = string_is_key_ ? (!marked_.empty() && marked_.back()) : value_mark();
      key_.clear();
      key_too_long_ = false;
      break;
    default:
      break;  // numbers, literals, white space (and anything malformed)
  }
}

void JsonTextScanner::string_byte(unsigned char b) {
  if (escape_ > 0) {
    escape_byte(b);
    return;
  }
  if (b == '"' || b == '\\') {
    utf8_.finish([this](char32_t c) { emit(c); });
    if (b == '"') end_string();
    else escape_ = 1;
    return;
  }
  utf8_.byte(b, [this](char32_t c) { emit(c); });
}

void JsonTextScanner::escape_byte(unsigned char b) {
  if (escape_ == 1) {
    escape_ = 0;
    switch (b) {
      case 'u': escape_ = 2; escape_value_ = 0; return;
      case 'b': emit(0x08); return;
      case 'f': emit(0x0C); return;
      case 'n': emit(0x0A); return;
      case 'r': emit(0x0D); return;
      case 't': emit(0x09); return;
      default: emit(b < 0x80 ? b : kReplacementCharacter); return;  // \" \\ \/ (anything else is the loader's error)
    }
  }
  int digit = -1;
  if (b >= '0' && b <= '9') digit = b - '0';
  else if ((b | 0x20) >= 'a' && (b | 0x20) <= 'f') digit = (b | 0x20) - 'a' + 10;
  if (digit < 0) {  // a \u escape cut short: it is one U+FFFD, and this byte is read afresh
    escape_ = 0;
    emit(kReplacementCharacter);
    string_byte(b);
    return;
  }
  escape_value_ = escape_value_ << 4 | static_cast<char32_t>(digit);
  if (++escape_ == 6) {
    escape_ = 0;
    code_unit(escape_value_);
  }
}

// A \uXXXX code unit: surrogate halves pair up; a half without its partner is U+FFFD.
void JsonTextScanner::code_unit(char32_t unit) {
  if (unit >= 0xDC00 && unit <= 0xDFFF && high_surrogate_) {
    const char32_t c = 0x10000 + ((high_surrogate_ - 0xD800) << 10) + (unit - 0xDC00);
    high_surrogate_ = 0;
    emit(c);
    return;
  }
  if (unit >= 0xD800 && unit <= 0xDBFF) {
    emit(0);  // flushes a previous unpaired high half
    high_surrogate_ = unit;
    return;
  }
  emit(unit >= 0xDC00 && unit <= 0xDFFF ? kReplacementCharacter : unit);
}

void JsonTextScanner::emit(char32_t c) {
  if (high_surrogate_) {  // anything but its low half follows a high half: the half was unpaired
    high_surrogate_ = 0;
    emit(kReplacementCharacter);
  }
  if (c == 0) return;  // (only code_unit's flush; U+0000 is not drawable anyway)
  if (string_is_key_) {
    if (key_.size() < 64 && c < 0x80) key_.push_back(static_cast<char>(c));
    else key_too_long_ = true;
  }
  if (drawable(c)) (string_marked_ ? chinese_ : common_).add(c);
}

void JsonTextScanner::end_string() {
  emit(0);  // an unpaired high half at the end
  in_string_ = false;
  if (string_is_key_) value_marked_ = !key_too_long_ && chinese_member(key_);
}

}  // namespace shell
