#pragma once

#include <QColor>

// The few colours that carry meaning, in one place: banners, problem tints, badges (whose SVG files in
// resources/badges/ use the same values; tst_gui_models checks that they do).
namespace Palette {
enum class Role { Success, Error, Warning, Information, Neutral, Cancelled, Interrupted };

constexpr QRgb rgb(Role role)
{
    switch (role) {
    case Role::Success:
        return 0x2e7d32;
    case Role::Error:
        return 0xc62828;
    case Role::Warning:
        return 0xe07b00;
    case Role::Information:
        return 0x1565c0;
    case Role::Neutral:
        return 0x546e7a;
    case Role::Cancelled:
        return 0x757575;
    case Role::Interrupted:
        return 0xbf360c;
    }
    return 0x000000;
}

inline QColor color(Role role, int alpha = 255)
{
    QColor c(rgb(role));
    c.setAlpha(alpha);
    return c;
}

// `over` laid on `base` at `amount` (0 to 1): tints follow the palette, light or dark, instead of fixed
// colours.
inline QColor mix(const QColor &base, const QColor &over, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (over.redF() - base.redF()) * amount,
                            base.greenF() + (over.greenF() - base.greenF()) * amount,
                            base.blueF() + (over.blueF() - base.blueF()) * amount);
}

// The background of a cell or row with a problem: the warning colour, translucent on any theme.
inline QColor problemBackground()
{
    return color(Role::Warning, 48);
}
} // namespace Palette
