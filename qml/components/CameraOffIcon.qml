import QtQuick

// "Stop the near-site video" (seed 000 §"Reading Icons"): a camera struck through. Drawn, as
// the phone's fonts carry no camera glyph.
Item {
    id: icon
    property color color: Theme.warn
    property int size: 22
    width: size * 1.3
    height: size

    Rectangle {
        // The body.
        y: icon.height * 0.2
        width: icon.width * 0.7
        height: icon.height * 0.6
        radius: 3
        color: icon.color
    }
    Canvas {
        // The lens hood and the stroke.
        anchors.fill: parent
        onPaint: {
            const c = getContext("2d");
            c.reset();
            c.fillStyle = icon.color;
            c.beginPath();
            c.moveTo(width * 0.72, height * 0.5);
            c.lineTo(width, height * 0.25);
            c.lineTo(width, height * 0.75);
            c.closePath();
            c.fill();
            c.strokeStyle = Theme.background;
            c.lineWidth = 3;
            c.beginPath();
            c.moveTo(width * 0.08, height * 0.05);
            c.lineTo(width * 0.92, height * 0.95);
            c.stroke();
            c.strokeStyle = icon.color;
            c.lineWidth = 1.5;
            c.stroke();
        }
    }
}
