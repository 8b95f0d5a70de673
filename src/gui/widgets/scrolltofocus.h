#pragma once

class QScrollArea;

// Keeps the widget that has the keyboard focus in view inside `area`: Tab, Alt+letter and a field a banner
// points at scroll a form that is taller than the window, as a browser scrolls to a focused input.
namespace ScrollToFocus {
void follow(QScrollArea *area);
} // namespace ScrollToFocus
