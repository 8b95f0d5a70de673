#pragma once

#include <QColor>

// `over` laid on `base` at `amount` (0 to 1): the banner's and the connection bar's tints follow the
// palette, light or dark, instead of fixed colours.
inline QColor mixColors(const QColor &base, const QColor &over, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (over.redF() - base.redF()) * amount,
                            base.greenF() + (over.greenF() - base.greenF()) * amount,
                            base.blueF() + (over.blueF() - base.blueF()) * amount);
}
