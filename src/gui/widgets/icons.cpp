#include "gui/widgets/icons.h"

#include "core/global.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace {
enum class Glyph { Check, Cross, Exclamation, Info, Clock, Stop, Pause, Play };

// A round status badge drawn as vectors, so it is sharp at any scale and needs no image plugin.
class BadgeEngine final : public QIconEngine
{
public:
    BadgeEngine(Glyph glyph, QColor colour)
        : m_glyph(glyph)
        , m_colour(colour)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = std::min(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side,
                         side);
        const QRectF circle = box.adjusted(side * 0.06, side * 0.06, -side * 0.06, -side * 0.06);
        QColor fill = m_colour;
        if (mode == QIcon::Disabled)
            fill = QColor::fromHsl(fill.hslHue(), 0, fill.lightness());
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawEllipse(circle);

        QPen pen(Qt::white, side * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const auto at
            = [&box, side](qreal x, qreal y) { return QPointF(box.x() + x * side, box.y() + y * side); };
        switch (m_glyph) {
        case Glyph::Check: {
            QPainterPath path(at(0.29, 0.52));
            path.lineTo(at(0.44, 0.67));
            path.lineTo(at(0.72, 0.36));
            painter->drawPath(path);
            break;
        }
        case Glyph::Cross:
            painter->drawLine(at(0.34, 0.34), at(0.66, 0.66));
            painter->drawLine(at(0.66, 0.34), at(0.34, 0.66));
            break;
        case Glyph::Exclamation:
            painter->drawLine(at(0.5, 0.27), at(0.5, 0.56));
            painter->drawPoint(at(0.5, 0.73));
            break;
        case Glyph::Info:
            painter->drawPoint(at(0.5, 0.29));
            painter->drawLine(at(0.5, 0.46), at(0.5, 0.73));
            break;
        case Glyph::Clock:
            pen.setWidthF(side * 0.09);
            painter->setPen(pen);
            painter->drawLine(at(0.5, 0.5), at(0.5, 0.27));
            painter->drawLine(at(0.5, 0.5), at(0.67, 0.6));
            break;
        case Glyph::Stop:
            painter->drawLine(at(0.32, 0.5), at(0.68, 0.5));
            break;
        case Glyph::Pause: // the attempt stopped half-way
            painter->drawLine(at(0.4, 0.32), at(0.4, 0.68));
            painter->drawLine(at(0.6, 0.32), at(0.6, 0.68));
            break;
        case Glyph::Play: {
            painter->setBrush(Qt::white);
            pen.setWidthF(side * 0.06);
            painter->setPen(pen);
            painter->drawPolygon(QPolygonF({at(0.4, 0.3), at(0.72, 0.5), at(0.4, 0.7)}));
            break;
        }
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new BadgeEngine(m_glyph, m_colour); }

private:
    Glyph m_glyph;
    QColor m_colour;
};

QIcon badge(Glyph glyph, QColor colour)
{
    return QIcon(new BadgeEngine(glyph, colour));
}

QIcon standard(QStyle::StandardPixmap pixmap)
{
    return QApplication::style()->standardIcon(pixmap);
}

// The style's fallback is only built when the theme lacks the icon: it decodes images, and at start-up
// the theme nearly always has them.
QIcon themed(const QString &name, QStyle::StandardPixmap fallback)
{
    const QIcon icon = QIcon::fromTheme(name);
    return icon.isNull() ? standard(fallback) : icon;
}

QIcon application()
{
    // Installed, the theme has it under the app id; in the build tree, the sizes compiled in do.
    QIcon icon = QIcon::fromTheme(QString::fromLatin1(Casedesk::AppId));
    if (!icon.isNull())
        return icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/app-%1.png"_s.arg(size), QSize(size, size));
    return icon;
}

QIcon make(Icons::Id id)
{
    using Icons::Id;
    switch (id) {
    case Id::Application:
        return application();
    // Status badges are always our own: their colours carry the meaning and must not vary by theme.
    case Id::Success:
        return badge(Glyph::Check, QColor(0x2e, 0x7d, 0x32));
    case Id::Failure:
        return badge(Glyph::Cross, QColor(0xc6, 0x28, 0x28));
    case Id::Warning:
        return badge(Glyph::Exclamation, QColor(0xe0, 0x7b, 0x00));
    case Id::Information:
        return badge(Glyph::Info, QColor(0x15, 0x65, 0xc0));
    case Id::Sending:
        return badge(Glyph::Clock, QColor(0x54, 0x6e, 0x7a));
    case Id::Cancelled:
        return badge(Glyph::Stop, QColor(0x75, 0x75, 0x75));
    case Id::Interrupted:
        return badge(Glyph::Pause, QColor(0xbf, 0x36, 0x0c));
    case Id::Add:
        return themed(u"list-add"_s, QStyle::SP_FileDialogNewFolder);
    case Id::Remove:
        return themed(u"list-remove"_s, QStyle::SP_DialogDiscardButton);
    case Id::Duplicate:
        return themed(u"edit-copy"_s, QStyle::SP_FileDialogContentsView);
    case Id::MoveUp:
        return themed(u"go-up"_s, QStyle::SP_ArrowUp);
    case Id::MoveDown:
        return themed(u"go-down"_s, QStyle::SP_ArrowDown);
    case Id::Paste:
        return themed(u"edit-paste"_s, QStyle::SP_FileDialogDetailedView);
    case Id::AddFiles:
        return themed(u"document-open"_s, QStyle::SP_DialogOpenButton);
    case Id::Send:
        return themed(u"mail-send"_s, QStyle::SP_ArrowRight);
    case Id::Cancel:
        return themed(u"process-stop"_s, QStyle::SP_BrowserStop);
    case Id::TestConnection:
        return themed(u"network-transmit-receive"_s, QStyle::SP_DriveNetIcon);
    case Id::Settings:
        return themed(u"preferences-system"_s, QStyle::SP_FileDialogDetailedView);
    case Id::Close:
        return themed(u"window-close"_s, QStyle::SP_TitleBarCloseButton);
    case Id::LoadIntoForm:
        return themed(u"document-revert"_s, QStyle::SP_ArrowBack);
    case Id::Copy:
        return themed(u"edit-copy"_s, QStyle::SP_FileDialogContentsView);
    case Id::NewCase:
        return themed(u"document-new"_s, QStyle::SP_FileIcon);
    case Id::Quit:
        return themed(u"application-exit"_s, QStyle::SP_DialogCloseButton);
    case Id::About:
        return themed(u"help-about"_s, QStyle::SP_MessageBoxInformation);
    case Id::Open:
        return themed(u"document-open"_s, QStyle::SP_DialogOpenButton);
    case Id::Pause:
        return badge(Glyph::Pause, QColor(0x54, 0x6e, 0x7a));
    case Id::Resume:
        return badge(Glyph::Play, QColor(0x2e, 0x7d, 0x32));
    case Id::Export:
        return themed(u"document-save-as"_s, QStyle::SP_DialogSaveButton);
    case Id::Retry:
        return themed(u"view-refresh"_s, QStyle::SP_BrowserReload);
    case Id::Batch:
        return themed(u"view-list-details"_s, QStyle::SP_FileDialogListView);
    case Id::History:
        return themed(u"document-open-recent"_s, QStyle::SP_FileDialogInfoView);
    }
    return {};
}

// Built once each: QIcon is implicitly shared, so model data() calls stay cheap.
QIcon resolved(Icons::Id id)
{
    static QHash<Icons::Id, QIcon> cache;
    auto it = cache.find(id);
    if (it == cache.end())
        it = cache.insert(id, make(id));
    return *it;
}

// A theme icon looked up the first time it is drawn or measured, not when a widget is given it: at
// start-up the menus' and the hidden buttons' icons would otherwise cost a theme search each.
class DeferredEngine final : public QIconEngine
{
public:
    explicit DeferredEngine(Icons::Id id)
        : m_id(id)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        resolved(m_id).paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return resolved(m_id).actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return resolved(m_id).pixmap(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return resolved(m_id).availableSizes(mode, state);
    }
    QString iconName() override { return resolved(m_id).name(); }
    bool isNull() override { return false; } // the style's icon stands in for a missing theme icon
    QString key() const override { return u"CasedeskDeferredIcon"_s; }
    QIconEngine *clone() const override { return new DeferredEngine(m_id); }

private:
    Icons::Id m_id;
};

bool isThemed(Icons::Id id)
{
    using Icons::Id;
    switch (id) {
    case Id::Application: // the window system needs its pixels when the window is shown
    case Id::Success:
    case Id::Failure:
    case Id::Warning:
    case Id::Information:
    case Id::Sending:
    case Id::Cancelled:
    case Id::Interrupted: // drawn badges: nothing to look up
        return false;
    default:
        return true;
    }
}
} // namespace

namespace Icons {
QIcon icon(Id id)
{
    static QHash<Id, QIcon> cache;
    auto it = cache.find(id);
    if (it == cache.end())
        it = cache.insert(id, isThemed(id) ? QIcon(new DeferredEngine(id)) : resolved(id));
    return *it;
}

QIcon forOutcome(ApiResult::Outcome outcome)
{
    switch (outcome) {
    case ApiResult::Outcome::Success:
        return icon(Id::Success);
    case ApiResult::Outcome::Cancelled:
        return icon(Id::Cancelled);
    case ApiResult::Outcome::Timeout:
    case ApiResult::Outcome::UnreadableAnswer:
        return icon(Id::Warning);
    case ApiResult::Outcome::Rejected:
    case ApiResult::Outcome::NetworkFailure:
    case ApiResult::Outcome::InvalidInput:
        return icon(Id::Failure);
    }
    return {};
}
QIcon forBatchState(BatchRow::State state)
{
    using State = BatchRow::State;
    switch (state) {
    case State::Done:
        return icon(Id::Success);
    case State::Failed:
        return icon(Id::Failure);
    case State::Interrupted:
        return icon(Id::Interrupted);
    case State::Skipped:
        return icon(Id::Warning);
    case State::Cancelled:
        return icon(Id::Cancelled);
    case State::Queued:
    case State::Sending:
        break;
    }
    return icon(Id::Sending);
}

} // namespace Icons
