#include "gui/widgets/messagebanner.h"

#include "core/global.h"
#include "gui/widgets/icons.h"
#include "gui/widgets/palette.h"

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
Palette::Role roleOf(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Success:
        return Palette::Role::Success;
    case MessageBanner::Kind::Error:
        return Palette::Role::Error;
    case MessageBanner::Kind::Warning:
        return Palette::Role::Warning;
    case MessageBanner::Kind::Information:
        break;
    }
    return Palette::Role::Information;
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

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_text);
    auto *layout = new QHBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    layout->setContentsMargins(margin, margin / 2, margin / 2, margin / 2);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
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

void MessageBanner::show(Kind kind, Render render, const QString &topic)
{
    removeActions();
    m_kind = kind;
    m_topic = topic;
    m_render = std::move(render);
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    m_icon->setPixmap(Icons::icon(iconFor(kind)).pixmap(QSize(side, side), devicePixelRatioF()));
    applyColours();
    this->render();
    QFrame::show();
    // Screen readers announce the outcome without the agent having to look for it.
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void MessageBanner::showMessage(Kind kind, const QString &title, const QString &text)
{
    show(kind, [title, text] { return Content{title, text}; });
}

void MessageBanner::render()
{
    const Content content = m_render ? m_render() : Content();
    m_title->setText(content.title);
    m_title->setVisible(!content.title.isEmpty());
    const QString &text = content.text;
    m_text->setText(text.size() > MaxShownCharacters ? text.left(MaxShownCharacters) + u'…' : text);
    m_text->setVisible(!text.isEmpty());
    setAccessibleName(content.title);
    setAccessibleDescription(text);
    for (const Action &action : std::as_const(m_actions))
        action.button->setText(action.label());
}

QPushButton *MessageBanner::addAction(Label label, std::function<void()> run, const QString &objectName)
{
    auto *button = new QPushButton(label(), this);
    button->setObjectName(!objectName.isEmpty()     ? objectName
                              : m_actions.isEmpty() ? u"bannerActionButton"_s
                                                    : u"bannerActionButton%1"_s.arg(m_actions.size() + 1));
    // Before the close button, in the layout and in the focus chain.
    auto *layout = static_cast<QHBoxLayout *>(this->layout());
    layout->insertWidget(layout->indexOf(m_close), button, 0, Qt::AlignVCenter);
    button->show(); // now, not when the layout gets round to it
    QWidget::setTabOrder(m_close->previousInFocusChain(), button);
    QWidget::setTabOrder(button, m_close);
    connect(button, &QPushButton::clicked, this, [run = std::move(run)] { run(); });
    m_actions.append({button, std::move(label)});
    return button;
}

void MessageBanner::removeActions()
{
    for (const Action &action : std::as_const(m_actions)) {
        // Out of sight and of findChild() at once; deleted later, as it may be the one being clicked.
        action.button->hide();
        action.button->setObjectName(QString());
        action.button->deleteLater();
    }
    m_actions.clear();
}

QString MessageBanner::actionText() const
{
    return m_actions.isEmpty() ? QString() : m_actions.constFirst().button->text();
}

bool MessageBanner::clearTopic(const QString &topic)
{
    if (isHidden() || topic.isEmpty() || m_topic != topic)
        return false;
    dismiss();
    return true;
}

void MessageBanner::dismiss()
{
    if (isHidden())
        return;
    hide();
    removeActions();
    m_render = nullptr;
    m_topic.clear();
    Q_EMIT dismissed();
}

void MessageBanner::applyColours()
{
    // Mixed from the current palette, so it stays readable in light and dark themes alike.
    m_updatingPalette = true;
    const QPalette base = QApplication::palette(this);
    QPalette palette = base;
    palette.setColor(QPalette::Window,
                     Palette::mix(base.color(QPalette::Window), Palette::color(roleOf(m_kind)), 0.16));
    palette.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    setPalette(palette);
    m_updatingPalette = false;
}

void MessageBanner::retranslate()
{
    //: The tooltip of the button that closes a message strip
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close the message"));
    if (!isHidden())
        render();
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && !m_updatingPalette)
        applyColours();
}
