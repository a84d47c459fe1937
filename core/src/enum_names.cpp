// enum_names.cpp — human labels for enums shown in tables and messages.
#include "mpsim/enum_names.hpp"

namespace core {

std::string_view partner_type_label(PartnerType type) {
  switch (type) {
    case PartnerType::DirectBill: return "direct-bill partner";
    case PartnerType::IndirectProvider: return "indirect provider";
    case PartnerType::IndirectReseller: return "indirect reseller";
  }
  return "partner";
}

std::string_view era_label(Era era) {
  switch (era) {
    case Era::Vianet21: return "Partner Center operated by 21Vianet (2016-2018 doc set)";
    case Era::GlobalDap: return "Global Partner Center, DAP optional (2019-2023)";
    case Era::GlobalGdap: return "Global Partner Center, GDAP (2023 on)";
  }
  return "";
}

}  // namespace core
