#pragma once

#include <QString>

namespace cm {

// Text folding for filter-as-you-type: case and accents do not matter, so
// "zoe" finds "Zoë" and "Ávila" is found by "avila".
class SearchText {
public:
    static QString fold(const QString& text);
};

} // namespace cm
