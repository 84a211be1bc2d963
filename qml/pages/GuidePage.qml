// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Welcome

// Every topic of the guide. Pulling the list down past the top checks for content updates.
Page {
    id: page

    /** How far (px) the list must be pulled down to check for updates. */
    readonly property real pullThreshold: 90
    /** Set when a pull started the running sync: only then is its outcome shown here. */
    property bool pulled: false

    header: PageHeader {
        //: Title of the list of all topics
        title: qsTr("Guide")
    }

    Connections {
        target: Sync
        function onFinished() {
            if (page.pulled) {
                page.pulled = false;
                resultTimer.restart();
            }
        }
    }
    Timer {
        id: resultTimer
        interval: 4000
    }

    ListView {
        id: list
        anchors.fill: parent
        clip: true
        ScrollBar.vertical: ScrollBar {}

        /** Pulled far enough: releasing now checks for updates. */
        readonly property bool pullArmed: Sync.canSync && !Sync.busy && dragging && verticalOvershoot < -page.pullThreshold

        onDraggingChanged: {
            if (!dragging && verticalOvershoot < -page.pullThreshold && Sync.canSync && !Sync.busy) {
                page.pulled = true;
                Sync.syncNow();
            }
        }

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
            onClicked: App.open("topic", [topicId])
        }
        EmptyState {
            anchors.fill: parent
            visible: parent.count === 0
            message: qsTr("No content is installed yet.")
        }
    }

    // Above the list: what a pull will do, the running sync, and briefly how a pulled sync ended.
    Pane {
        objectName: "pullIndicator"
        anchors.horizontalCenter: parent.horizontalCenter
        y: Theme.spacing
        width: Math.min(parent.width - 2 * Theme.margin, implicitWidth)
        visible: (Sync.canSync && list.dragging && list.verticalOvershoot < -page.pullThreshold / 3)
                 || (Sync.busy && page.pulled) || resultTimer.running
        padding: Theme.spacing
        leftPadding: Theme.margin
        rightPadding: Theme.margin
        Material.elevation: 3

        RowLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            BusyIndicator {
                visible: Sync.busy
                running: visible
                Layout.preferredWidth: 24
                Layout.preferredHeight: 24
                Accessible.name: Sync.state
            }
            Label {
                Layout.fillWidth: true
                text: Sync.busy ? Sync.state
                    : resultTimer.running ? Sync.lastResult
                    : list.pullArmed ? qsTr("Release to check for updates")
                    : qsTr("Pull down to check for updates")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Accessible.name: text
            }
        }
    }
}
