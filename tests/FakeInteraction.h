#pragma once

#include "Interaction.h"
#include "Types.h"

#include <QStringList>

#include <functional>

namespace cmtest {

// The scripted stand-in for every dialog and file picker of the window.
class FakeInteraction : public cm::Interaction {
public:
    std::function<bool(cm::Student*, bool)> studentEditor;
    std::function<bool(cm::Adult*, bool)> adultEditor;
    bool confirmAnswer = true;
    QStringList texts;       // answers to askText, in order
    QStringList passphrases; // answers to askPassphrase, in order ("" = cancel)
    int passphraseAsks = 0;
    QStringList openFiles; // answers to openFile ("" = cancel)
    QStringList saveFiles;
    QStringList errors; // what showError was told
    QStringList infos;
    int confirmations = 0;

    bool editStudent(QWidget*, cm::SchoolDocument&, cm::Student* s, bool adding) override {
        return studentEditor && studentEditor(s, adding);
    }
    bool editAdult(QWidget*, cm::SchoolDocument&, cm::Adult* a, bool adding) override {
        return adultEditor && adultEditor(a, adding);
    }
    bool confirm(QWidget*, const QString&, const QString&) override {
        ++confirmations;
        return confirmAnswer;
    }
    QString askText(QWidget*, const QString&, const QString&, const QString&) override {
        return texts.isEmpty() ? QString() : texts.takeFirst();
    }
    QString askPassphrase(QWidget*, const QString&, const QString&) override {
        ++passphraseAsks;
        return passphrases.isEmpty() ? QString() : passphrases.takeFirst();
    }
    QString openFile(QWidget*, const QString&, const QString&) override {
        return openFiles.isEmpty() ? QString() : openFiles.takeFirst();
    }
    QString saveFile(QWidget*, const QString&, const QString&) override {
        return saveFiles.isEmpty() ? QString() : saveFiles.takeFirst();
    }
    void showError(QWidget*, const QString&, const QString& text) override { errors << text; }
    void showInfo(QWidget*, const QString&, const QString& text) override { infos << text; }
    QStringList servers; // answers to askServer ("" = cancel)
    QString askServer(QWidget*, const QString&) override {
        return servers.isEmpty() ? QString() : servers.takeFirst();
    }
};

} // namespace cmtest
