#pragma once

#include <QSplitter>

// A splitter that lays its widgets side by side while they fit, and one above the other when the window
// is narrower than their minimum widths together (half a 1366 px screen), so that a narrow window does
// not cut them. Its minimum width is therefore its widest widget's, not their sum; one above the other, its
// minimum height is their sum, for the scroll area it sits in.
class AdaptiveSplitter : public QSplitter
{
    Q_OBJECT

public:
    explicit AdaptiveSplitter(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The minimum size of each widget shown, in order.
    QList<QSize> shownMinimumSizes() const;
    // The width the widgets need side by side.
    int sideBySideWidth() const;
    void adapt();
};
