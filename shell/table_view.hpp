// table_view.hpp — one sortable, filterable table of many rows (ImGuiListClipper), used by every entity list.
// Columns describe how to show a row; the view keeps the filtered, sorted row order between frames.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <imgui.h>

namespace shell {

struct TableColumn {
  const char* label;
  float width_em = 0.0f;  // 0: a wide column (names), 14 em
  std::function<std::string(std::size_t row)> text;
  // For numeric columns: the value to sort by (text is still what is shown).
  std::function<std::int64_t(std::size_t row)> number = nullptr;
};

struct TableViewState {
  ImGuiTextFilter filter;
  std::vector<std::size_t> order;  // rows shown, in display order
  std::uint64_t built_for_version = UINT64_MAX;
  std::size_t built_for_rows = 0;
  int built_for_language = -1;  // cells show labels in the interface language: filter and sort again when it changes
  bool needs_rebuild = true;
};

// Draws a filter box and the table. `data_version` changes whenever the rows change.
void draw_table(const char* id, const std::vector<TableColumn>& columns, std::size_t row_count, std::uint64_t data_version,
                TableViewState& view);

}  // namespace shell
