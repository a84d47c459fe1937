// recent_work.hpp — the page's Recent work as the File menu shows it. The documents stay in the page (web/page.js keeps
// them in localStorage); the app gets a summary of each (titles, time, size) to list, and asks for one by its place.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "i18n.hpp"
#include "mpsim/time.hpp"

namespace shell {

struct RecentEntry {
  std::string title_en, title_zh;  // metadata.title in each language ("" when the document has none or is unreadable)
  core::Timestamp time = 0;        // when it was kept, seconds since 1970 (UTC)
  std::uint64_t bytes = 0;         // the document's size as UTF-8
};

// The page's summary: [{"en": "...", "zh": "...", "time": milliseconds, "size": bytes}, ...], newest first. A member that
// is missing or of the wrong type leaves that field empty; the entry is listed all the same (it can still be opened,
// and the Problems panel then says what is wrong with it). Text that is not such an array gives no entries.
std::vector<RecentEntry> parse_recent_entries(std::string_view json);
// The title in `language`, else in the other one, else "Untitled document" (translated).
std::string recent_title(const RecentEntry& entry, Language language);
// "820 B", "12 KB", "3.4 MB" (1 KB = 1024 bytes; one decimal below 10).
std::string size_text(std::uint64_t bytes);

}  // namespace shell
