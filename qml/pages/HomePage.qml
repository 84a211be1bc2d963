// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Welcome

// The start: what to read first, emergencies, and every topic at a glance.
Page {
    id: page

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + Theme.margin * 2
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - Theme.maxContentWidth) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, Theme.maxContentWidth)
            spacing: Theme.margin

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                text: App.siteName
                font.pixelSize: Theme.headlineFont
                font.weight: Font.Bold
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Trusted information for your first steps. It works offline.")
                wrapMode: Text.Wrap
                opacity: 0.8
                font.pixelSize: Theme.bodyFont
                horizontalAlignment: Text.AlignLeft
            }

            SearchField {
                Layout.fillWidth: true
            }

            // A start-up problem (content or database), and the household's next steps: each built only when
            // there is something to show, and loaded by URL so that start-up does not even compile them.
            Loader {
                Layout.fillWidth: true
                active: App.notice.length > 0
                visible: active
                source: Qt.resolvedUrl("../components/NoticeBar.qml")
            }
            Loader {
                Layout.fillWidth: true
                active: Checklist.hasHousehold
                visible: active
                source: Qt.resolvedUrl("../components/NextSteps.qml")
            }
            ActionRow {
                Layout.fillWidth: true
                text: qsTr("Find places that help: counselling, courses, interpreters, offices")
                icon: Qt.resolvedUrl("../icons/topic-forum.svg")
                onClicked: App.open("places")
            }
            ActionRow {
                Layout.fillWidth: true
                visible: !Checklist.hasHousehold
                text: qsTr("Set up your personal checklist: what to do, for whom, by when")
                icon: Qt.resolvedUrl("../icons/checklist.svg")
                onClicked: App.open("onboarding")
            }

            Repeater {
                model: Content.homeArticles
                delegate: FeaturedCard {}
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("Topics")
                font.pixelSize: 20
                font.weight: Font.Medium
                horizontalAlignment: Text.AlignLeft
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            GridLayout {
                Layout.fillWidth: true
                columns: Math.max(2, Math.floor(column.width / 180))
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing

                Repeater {
                    model: TopicModel {
                        content: Content
                        language: App.language
                    }
                    delegate: TopicCard {
                        required property string topicId
                        required symbol
                        required property string name
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                        heading: name
                        onClicked: App.open("topic", [topicId])
                    }
                }
            }
        }
    }

    // A featured article: its title and summary on a coloured card. Plain items, like the topic tiles: both are
    // on the first frame.
    component FeaturedCard: Tappable {
        id: featured
        required property string modelData
        readonly property bool isEmergency: modelData.indexOf("emergency") >= 0

        Layout.fillWidth: true
        implicitHeight: texts.implicitHeight + 2 * Theme.margin
        radius: 14
        color: isEmergency ? Theme.emergency : Theme.primary
        opacity: pressed ? 0.85 : 1
        Accessible.name: article.title + ". " + article.summary
        onClicked: App.open("article", [modelData])

        ArticleContent {
            id: article
            content: Content
            language: App.language
            slug: featured.modelData
        }
        Column {
            id: texts
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: 4

            Text {
                width: parent.width
                text: article.title
                color: "white"
                font.pixelSize: 20
                font.weight: Font.Bold
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Accessible.ignored: true
            }
            Text {
                width: parent.width
                text: article.summary
                color: "white"
                opacity: 0.92
                font.pixelSize: 14
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Accessible.ignored: true
            }
        }
    }
}
