// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Welcome

// The articles of one topic.
Page {
    id: page

    /** The topic shown. */
    required property string topicId

    header: PageHeader {
        title: Content.topicName(page.topicId, App.language)
        canGoBack: true
        onBackClicked: page.StackView.view.pop()
    }

    ListView {
        id: list
        anchors.fill: parent
        clip: true
        ScrollBar.vertical: ScrollBar {}
        model: ArticleListModel {
            content: Content
            language: App.language
            topic: page.topicId
        }
        delegate: ListItem {
            required property string slug
            required property string summary
            required property string lang
            required property bool isFallback
            required property string title
            heading: title
            detail: summary
            note: isFallback ? App.languageName(lang) : ""
            onClicked: App.open("article", [slug])
        }
        EmptyState {
            anchors.fill: parent
            visible: list.count === 0
            message: qsTr("There are no articles in this topic yet.")
        }
    }
}
