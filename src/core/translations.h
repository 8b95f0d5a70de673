#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

// Chooses the user interface language and installs Casedesk's and Qt's own translators for it.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    // Languages Casedesk ships, source language first: "en", "es", "pt_BR".
    static QStringList available();
    // Native display name of a shipped language ("Español", "Português (Brasil)").
    static QString displayName(const QString &language);
    // Maps a locale or a user's choice to a shipped language: any Spanish → "es", any Portuguese →
    // "pt_BR", anything else → "en". An empty `requested` means the system locale.
    static QString resolve(const QString &requested, const QLocale &system = QLocale::system());
    // Replaces the installed translators and makes QLocale's default follow the language, keeping the
    // system's regional formats when they are of the same language (es_CO stays es_CO).
    static void install(const QString &language, const QLocale &system = QLocale::system());
    static QString current();
};
