#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// A calm, dismissible strip that tells the outcome of the last action in the palette's own colours.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Kind { Success, Error, Warning, Information };

    explicit MessageBanner(QWidget *parent = nullptr);
    ~MessageBanner() override;

    // Text beyond this is cut (with "…"): a CRM that answers a message of hundreds of kilobytes — one word
    // 300,000 characters long kept the window busy for 7 s — is shown whole in the attempt's details.
    static constexpr qsizetype MaxShownCharacters = 1000;

    // Replaces the message; any action button of the previous one goes away.
    void showMessage(Kind kind, const QString &title, const QString &text);
    // A button for the one thing to do about the current message (e.g. "Open bulk correction");
    // actionTriggered() when pressed. An empty text removes it.
    void setAction(const QString &text);
    QString actionText() const;
    Kind kind() const { return m_kind; }
    QString title() const;
    QString text() const;

public Q_SLOTS:
    void dismiss();

Q_SIGNALS:
    void dismissed();
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();
    void retranslate();

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
    bool m_updatingPalette = false;
};
