// share_link.cpp — the view a share link carries, as JSON and back. Reading keeps every member it can and names the
// ones it cannot, so that a damaged or newer link still opens the scenario.
#include "share_link.hpp"

#include "mpsim/json_value.hpp"
#include "mpsim/json_writer.hpp"
#include "mpsim/scenario_io.hpp"
#include "mpsim/time.hpp"

namespace shell {

std::string shared_view_json(const SharedView& view) {
  core::JsonWriter w(false);
  w.begin_object();
  w.key("step");
  w.value(view.step);
  for (const auto& [key, value] : {std::pair<const char*, const std::string*>{"view", &view.view}, {"tab", &view.tab}, {"lesson", &view.lesson}}) {
    if (value->empty()) continue;
    w.key(key);
    w.value(*value);
  }
  if (view.question) {
    const core::Event& e = *view.question;
    w.key("question");
    w.begin_object();
    w.key("id");
    w.value(e.id);
    if (e.time) {
      w.key("time");
      w.value(core::format_timestamp(*e.time));
    }
    w.key("actor");
    w.value(e.actor);
    w.key("action");
    w.value(e.action);
    w.key("params");
    w.begin_object();
    for (const auto& [name, value] : e.params) {
      w.key(name);
      if (const auto* s = std::get_if<std::string>(&value)) w.value(*s);
      else if (const auto* n = std::get_if<std::int64_t>(&value)) w.value(*n);
      else if (const auto* b = std::get_if<bool>(&value)) w.value(*b);
      else {
        w.begin_array();
        for (const std::string& item : std::get<std::vector<std::string>>(value)) w.value(item);
        w.end_array();
      }
    }
    w.end_object();
    w.end_object();
  }
  w.end_object();
  return w.finish();
}

namespace {

std::optional<core::Event> read_question(const core::JsonValue& q) {
  if (q.type != core::JsonType::Object) return std::nullopt;
  const core::JsonValue* id = q.get("id");
  const core::JsonValue* actor = q.get("actor");
  const core::JsonValue* action = q.get("action");
  if (!id || !id->is_string() || !actor || !actor->is_string() || actor->text.empty() || !action || !action->is_string() || action->text.empty())
    return std::nullopt;
  core::Event e;
  e.id = id->text;
  e.actor = actor->text;
  e.action = action->text;
  if (const core::JsonValue* t = q.get("time")) {
    e.time = t->is_string() ? core::parse_timestamp(t->text) : std::nullopt;
    if (!e.time) return std::nullopt;
  }
  const core::JsonValue* params = q.get("params");
  if (params && params->type != core::JsonType::Object) return std::nullopt;
  if (params)
    for (const core::JsonMember& m : params->members) {
      const core::JsonValue& v = m.second;
      if (v.is_string()) e.params[m.first] = v.text;
      else if (v.type == core::JsonType::Bool) e.params[m.first] = v.boolean;
      else if (v.type == core::JsonType::Number && v.is_integer && v.fits_int64) e.params[m.first] = v.integer;
      else if (v.type == core::JsonType::Array) {
        std::vector<std::string> list;
        for (const core::JsonValue& item : v.items) {
          if (!item.is_string()) return std::nullopt;
          list.push_back(item.text);
        }
        e.params[m.first] = std::move(list);
      } else {
        return std::nullopt;
      }
    }
  return e;
}

}  // namespace

SharedViewRead read_shared_view(std::string_view json) {
  SharedViewRead read;
  const core::Result<core::JsonValue> parsed = core::parse_json_value(json);
  if (!parsed.ok() || parsed.value->type != core::JsonType::Object) {
    read.problems.push_back(N_("The link's step and view could not be read; the scenario opens at its start."));
    return read;
  }
  const core::JsonValue& v = *parsed.value;
  if (const core::JsonValue* step = v.get("step")) {
    if (step->type == core::JsonType::Number && step->is_integer && step->fits_int64 && step->integer >= 0)
      read.view.step = static_cast<std::size_t>(step->integer);
    else
      read.problems.push_back(N_("The link's step could not be read; the scenario opens at its start."));
  }
  const auto text = [&](const char* key, std::string& into, const char* problem) {
    const core::JsonValue* member = v.get(key);
    if (!member) return;
    if (member->is_string()) into = member->text;
    else read.problems.push_back(problem);
  };
  text("view", read.view.view, N_("The link's view could not be read."));
  text("tab", read.view.tab, N_("The link's tab could not be read."));
  text("lesson", read.view.lesson, N_("The link's lesson mode could not be read."));
  if (!read.view.lesson.empty() && read.view.lesson != "read" && read.view.lesson != "predict") {
    read.problems.push_back(N_("The link's lesson mode is not one this version knows."));
    read.view.lesson.clear();
  }
  if (const core::JsonValue* q = v.get("question")) {
    read.view.question = read_question(*q);
    if (!read.view.question) read.problems.push_back(N_("The link's question could not be read."));
  }
  return read;
}

}  // namespace shell
