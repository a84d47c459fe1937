// table_view.cpp — filtering and sorting rebuild the row order only when the data, the filter or the sort changes.
#include "table_view.hpp"

#include <algorithm>

#include "i18n.hpp"
#include "panels/panel.hpp"
#include "text_field.hpp"

namespace shell {
namespace {

void rebuild_order(const std::vector<TableColumn>& columns, std::size_t row_count, const ImGuiTableSortSpecs* sort,
                   TableViewState& view) {
  view.order.clear();
  for (std::size_t row = 0; row < row_count; ++row) {
    bool shown = !view.filter.IsActive();
    for (std::size_t c = 0; !shown && c < columns.size(); ++c) {
      const std::string cell = columns[c].text(row);
      shown = view.filter.PassFilter(cell.c_str(), cell.c_str() + cell.size());
    }
    if (shown) view.order.push_back(row);
  }
  if (!sort || sort->SpecsCount == 0) return;
  std::stable_sort(view.order.begin(), view.order.end(), [&](std::size_t a, std::size_t b) {
    for (int s = 0; s < sort->SpecsCount; ++s) {
      const ImGuiTableColumnSortSpecs& spec = sort->Specs[s];
      const TableColumn& column = columns[static_cast<std::size_t>(spec.ColumnIndex)];
      int cmp;
      if (column.number) {
        const std::int64_t x = column.number(a), y = column.number(b);
        cmp = x < y ? -1 : x > y ? 1 : 0;
      } else {
        cmp = column.text(a).compare(column.text(b));
      }
      if (cmp != 0) return spec.SortDirection == ImGuiSortDirection_Ascending ? cmp < 0 : cmp > 0;
    }
    return false;
  });
}

}  // namespace

void draw_table(const char* id, const std::vector<TableColumn>& columns, std::size_t row_count, std::uint64_t data_version,
                TableViewState& view) {
  ImGui::PushID(id);
  ImGui::SetNextItemWidth(em(16));
  if (view.filter.Draw("##filter")) view.needs_rebuild = true;
  note_text_field(tr("Filter (e.g. contoso, -suspended)"));
  ImGui::SameLine();
  if (view.filter.IsActive())
    ImGui::TextDisabled(tr("%zu of %zu shown"), view.order.size(), row_count);
  else
    ImGui::TextDisabled("%s", tr("Filter (e.g. contoso, -suspended)"));

  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_SortMulti | ImGuiTableFlags_Resizable |
                                ImGuiTableFlags_Reorderable | ImGuiTableFlags_Hideable | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit;
  if (ImGui::BeginTable("table", static_cast<int>(columns.size()), flags)) {
    ImGui::TableSetupScrollFreeze(1, 1);
    // A table that scrolls sideways leaves a stretching column only the width nothing else needs (often none, so
    // names showed as "Co"): wide columns get a width of their own, and the table scrolls to reach the rest.
    for (const TableColumn& column : columns)
      ImGui::TableSetupColumn(column.label, ImGuiTableColumnFlags_WidthFixed, em(column.width_em > 0 ? column.width_em : 14.0f));
    ImGui::TableHeadersRow();

    ImGuiTableSortSpecs* sort = ImGui::TableGetSortSpecs();
    if (sort && sort->SpecsDirty) view.needs_rebuild = true;
    const int shown_language = static_cast<int>(language());
    if (view.built_for_version != data_version || view.built_for_rows != row_count || view.built_for_language != shown_language)
      view.needs_rebuild = true;
    if (view.needs_rebuild) {
      rebuild_order(columns, row_count, sort, view);
      if (sort) sort->SpecsDirty = false;
      view.built_for_version = data_version;
      view.built_for_rows = row_count;
      view.built_for_language = shown_language;
      view.needs_rebuild = false;
    }

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(view.order.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const std::size_t row = view.order[static_cast<std::size_t>(i)];
        ImGui::TableNextRow();
        for (std::size_t c = 0; c < columns.size(); ++c) {
          ImGui::TableSetColumnIndex(static_cast<int>(c));
          const std::string cell = columns[c].text(row);
          ImGui::TextUnformatted(cell.c_str(), cell.c_str() + cell.size());
        }
      }
    }
    ImGui::EndTable();
  }
  ImGui::PopID();
}

}  // namespace shell
