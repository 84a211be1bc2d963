// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Welcome

// Every topic of the guide.
Page {
    id: page
    objectName: "guide"

    header: PageHeader {
        //: Title of the list of all topics
        title: qsTr("Guide")
    }

    ListView {
        anchors.fill: parent
        clip: true
        ScrollBar.vertical: ScrollBar {}
        header: SearchField {
            width: ListView.view ? ListView.view.width - 32 : 0
            x: 16
            y: 8
            height: 64
            topInset: 8
            bottomInset: 8
        }
        model: TopicModel {
            content: Content
            language: App.language
        }
        delegate: ListItem {
            required property string topicId
            required property string name
            required property string description
            required symbol
            required property int articleCount
            objectName: "topicRow:" + topicId
            heading: name
            detail: description
            note: qsTr("%n article(s)", "", articleCount)
            onClicked: App.openLink("topic:" + topicId)
        }
        EmptyState {
            anchors.fill: parent
            visible: parent.count === 0
            message: qsTr("No content is installed yet.")
        }
    }
}
