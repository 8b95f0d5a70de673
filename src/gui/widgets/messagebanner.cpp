#include "gui/widgets/messagebanner.h"

#include "gui/widgets/colormix.h"
#include "core/global.h"
#include "gui/widgets/icons.h"

#include <QAccessible>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QColor tint(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Success:
        return QColor(0x2e, 0x7d, 0x32);
    case MessageBanner::Kind::Error:
        return QColor(0xc6, 0x28, 0x28);
    case MessageBanner::Kind::Warning:
        return QColor(0xe0, 0x7b, 0x00);
    case MessageBanner::Kind::Information:
        break;
    }
    return QColor(0x15, 0x65, 0xc0);
}

Icons::Id iconFor(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Success:
        return Icons::Id::Success;
    case MessageBanner::Kind::Error:
        return Icons::Id::Failure;
    case MessageBanner::Kind::Warning:
        return Icons::Id::Warning;
    case MessageBanner::Kind::Information:
        break;
    }
    return Icons::Id::Information;
}
} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_icon->setObjectName(u"bannerIcon"_s);
    m_icon->setAlignment(Qt::AlignTop);
    m_title->setObjectName(u"bannerTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setObjectName(u"bannerText"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(u"bannerCloseButton"_s);
    m_close->setAutoRaise(true);
    m_close->setIcon(Icons::icon(Icons::Id::Close));
    m_close->setFocusPolicy(Qt::TabFocus);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);
    m_action->setObjectName(u"bannerActionButton"_s);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_text);
    auto *layout = new QHBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    layout->setContentsMargins(margin, margin / 2, margin / 2, margin / 2);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    retranslate();
    applyColours();
    hide();
}

MessageBanner::~MessageBanner() = default;

QString MessageBanner::title() const
{
    return m_title->text();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::showMessage(Kind kind, const QString &title, const QString &text)
{
    m_kind = kind;
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    m_text->setText(text.size() > MaxShownCharacters ? text.left(MaxShownCharacters) + u'…' : text);
    m_text->setVisible(!text.isEmpty());
    m_action->hide();
    m_action->setText(QString());
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    m_icon->setPixmap(Icons::icon(iconFor(kind)).pixmap(QSize(side, side), devicePixelRatioF()));
    setAccessibleName(title);
    setAccessibleDescription(text);
    applyColours();
    show();
    // Screen readers announce the outcome without the agent having to look for it.
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void MessageBanner::setAction(const QString &text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

QString MessageBanner::actionText() const
{
    return m_action->text();
}

void MessageBanner::dismiss()
{
    if (isHidden())
        return;
    hide();
    Q_EMIT dismissed();
}

void MessageBanner::applyColours()
{
    // Mixed from the current palette, so it stays readable in light and dark themes alike.
    m_updatingPalette = true;
    const QPalette base = QApplication::palette(this);
    QPalette palette = base;
    palette.setColor(QPalette::Window, mixColors(base.color(QPalette::Window), tint(m_kind), 0.16));
    palette.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    setPalette(palette);
    m_updatingPalette = false;
}

void MessageBanner::retranslate()
{
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the message"));
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && !m_updatingPalette)
        applyColours();
}
