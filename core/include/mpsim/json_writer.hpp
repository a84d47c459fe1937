// json_writer.hpp — writes JSON text directly (no DOM): compact, or canonical with 2-space indentation.
// Canonical output is what export promises: stable member order chosen by the caller, "\n" at the end.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace core {

class JsonWriter {
 public:
  explicit JsonWriter(bool pretty = true) : pretty_(pretty) {}

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  // Member name inside an object; the next call writes its value.
  void key(std::string_view name);
  void value(std::string_view text);
  void value(const char* text) { value(std::string_view(text)); }
  void value(std::int64_t number);
  void value(int number) { value(static_cast<std::int64_t>(number)); }
  void value(std::size_t number) { value(static_cast<std::int64_t>(number)); }
  void value(double number);
  void value(bool flag);
  void null();

  // The text so far; call after the outermost container is closed (adds the final newline when pretty).
  std::string finish();

 private:
  void before_value();
  void close(char bracket);
  void newline();

  std::string out_;
  bool pretty_;
  // Per open container: whether it has items yet; and whether a key was just written.
  std::vector<bool> has_items_;
  bool after_key_ = false;
};

// Appends `text` as a JSON string literal (quotes included), escaping what JSON requires.
void append_json_string(std::string& out, std::string_view text);

}  // namespace core
