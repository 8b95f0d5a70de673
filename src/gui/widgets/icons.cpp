#include "gui/widgets/icons.h"

#include "core/global.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QStyle>
#include <QSvgRenderer>
#include <memory>

namespace {
// A round status badge: an SVG file of resources/badges, rendered at the size asked for, so it is sharp at
// any scale. Rendered by QSvgRenderer itself rather than an icon plugin that might be missing.
class BadgeEngine final : public QIconEngine
{
public:
    explicit BadgeEngine(const QString &name)
        : m_name(name)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const QPixmap image = pixmap(rect.size() * scale, mode, state);
        painter->drawPixmap(rect, image);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            const int side = std::min(size.width(), size.height());
            renderer().render(&painter,
                              QRectF((size.width() - side) / 2.0, (size.height() - side) / 2.0, side, side));
        }
        if (mode == QIcon::Disabled) {
            // Grey, keeping the shape's transparency.
            for (int y = 0; y < image.height(); ++y) {
                auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
                for (int x = 0; x < image.width(); ++x) {
                    const int grey = qGray(line[x]);
                    line[x] = qRgba(grey, grey, grey, qAlpha(line[x]));
                }
            }
        }
        return QPixmap::fromImage(std::move(image));
    }

    QIconEngine *clone() const override { return new BadgeEngine(m_name); }

private:
    QSvgRenderer &renderer()
    {
        if (!m_renderer)
            m_renderer = std::make_unique<QSvgRenderer>(u":/badges/%1.svg"_s.arg(m_name));
        return *m_renderer;
    }

    QString m_name;
    std::unique_ptr<QSvgRenderer> m_renderer;
};

QIcon badge(const QString &name)
{
    return QIcon(new BadgeEngine(name));
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
        return badge(u"success"_s);
    case Id::Failure:
        return badge(u"failure"_s);
    case Id::Warning:
        return badge(u"warning"_s);
    case Id::Information:
        return badge(u"information"_s);
    case Id::Sending:
        return badge(u"sending"_s);
    case Id::Cancelled:
        return badge(u"cancelled"_s);
    case Id::Interrupted:
        return badge(u"interrupted"_s);
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
        return badge(u"pause"_s);
    case Id::Resume:
        return badge(u"resume"_s);
    case Id::Export:
        return themed(u"document-save-as"_s, QStyle::SP_DialogSaveButton);
    case Id::Retry:
        return themed(u"view-refresh"_s, QStyle::SP_BrowserReload);
    case Id::Batch:
        return themed(u"view-list-details"_s, QStyle::SP_FileDialogListView);
    case Id::History:
        return themed(u"document-open-recent"_s, QStyle::SP_FileDialogInfoView);
    case Id::Changed:
        return badge(u"changed"_s);
    case Id::LoadFromCrm:
        return themed(u"document-import"_s, QStyle::SP_ArrowDown);
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
    case Id::Interrupted: // our own badges: nothing to look up
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
    case ApiResult::Outcome::Incomplete:
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
