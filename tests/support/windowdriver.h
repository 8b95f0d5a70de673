#pragma once

// Drives the agent's window offscreen as a person does — typing, clicking, answering its questions — for the
// GUI tests of the read-before-write flow and the agent's day. Widgets are found by objectName.

#include "core/global.h"
#include "support/simulatorprocess.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QtTest>

namespace WindowDriver {

template <typename T> T *find(QWidget *window, const QString &name)
{
    T *found = window->findChild<T *>(name);
    if (!found)
        qWarning("no widget named %s", qPrintable(name));
    return found;
}

// Closes completion popups. The offscreen platform activates a popup a moment after it was shown, even once
// it is closed again: the window typed into is made the active one again, as a window manager does.
inline void closePopups(QWidget *window)
{
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    QCoreApplication::processEvents();
    if (window && QApplication::activeWindow() != window) {
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
    }
}

// Replaces the text of a line edit, editable combo or text edit the way a person does: select all, type.
inline void type(QWidget *target, const QString &text)
{
    QWidget *input = target;
    if (auto *combo = qobject_cast<QComboBox *>(target))
        input = combo->lineEdit();
    input->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(input, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(input, Qt::Key_Delete);
    for (const QChar c : text) {
        if (c.unicode() < 0x80 && c != u'\n')
            QTest::keyClicks(input, QString(c));
        else if (c == u'\n')
            QTest::keyClick(input, Qt::Key_Return);
        else // QTest::keyClicks aborts on non-ASCII (QT-6.4-FACTS.md): text-only key events
            QTest::sendKeyEvent(QTest::Click, input, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    closePopups(target->window());
    if (auto *edit = qobject_cast<QLineEdit *>(input))
        Q_EMIT edit->editingFinished();
}

inline void click(QWidget *window, const QString &name)
{
    auto *button = find<QAbstractButton>(window, name);
    QVERIFY2(button, qPrintable(name));
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(name + u" is not clickable"_s));
    QTest::mouseClick(button, Qt::LeftButton);
}

// Waits for the message box `boxName` and presses its button `buttonName`.
inline void answer(QWidget *window, const QString &boxName, const QString &buttonName)
{
    QMessageBox *box = nullptr;
    QTRY_VERIFY2((box = window->findChild<QMessageBox *>(boxName)) && box->isVisible(), qPrintable(boxName));
    auto *button = box->findChild<QAbstractButton *>(buttonName);
    QVERIFY2(button, qPrintable(buttonName));
    QTest::mouseClick(button, Qt::LeftButton);
}

// POST /__sim/case: changes a case behind the client's back (another agent, the CRM's own rules).
inline QJsonObject changeCase(const SimulatorProcess &sim, const QJsonObject &change)
{
    QNetworkAccessManager network;
    QUrl url = sim.baseUrl();
    url.setPath(u"/__sim/case"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = network.post(request, QJsonDocument(change).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

// The simulator's counters for one case: queries, update_requests, updates, admin_changes.
inline QJsonObject caseStats(const SimulatorProcess &sim, const QString &operation, const QString &id)
{
    return sim.stats().value(u"by_case"_s).toObject().value(operation + u'/' + id).toObject();
}

} // namespace WindowDriver
