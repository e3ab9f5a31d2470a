/*
 * Draws the demo paper's illustrations: the twelve featured images listed in
 * src/main/resources/demo/paper.json (each drawn to match its alt text there), plus the
 * publisher logo and the favicon. Everything is drawn here with java.awt, so every picture
 * the demo shows is our own.
 *
 * Usage (JDK 21+, single-file source launch, no dependencies):
 *
 *   java -Djava.awt.headless=true bench/tools/DemoImages.java IMAGE_DIR [STATIC_DIR]
 *
 * IMAGE_DIR receives the twelve JPEGs (1200x675, quality 0.82). STATIC_DIR, when given,
 * receives logo.png (600x60 wordmark) and favicon.png (64x64 "AG" monogram).
 */

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.LinearGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageOutputStream;

public class DemoImages {
  static final int W = 1200;
  static final int H = 675;
  static final float JPEG_QUALITY = 0.82f;

  public static void main(String[] args) throws IOException {
    System.setProperty("java.awt.headless", "true");
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: java bench/tools/DemoImages.java IMAGE_DIR [STATIC_DIR]");
      System.exit(2);
    }
    Map<String, Consumer<Graphics2D>> images = new LinkedHashMap<>();
    images.put("harbour-cranes.jpg", DemoImages::harbourCranes);
    images.put("council-chamber.jpg", DemoImages::councilChamber);
    images.put("tram-line.jpg", DemoImages::tramLine);
    images.put("market-stalls.jpg", DemoImages::marketStalls);
    images.put("river-bridge.jpg", DemoImages::riverBridge);
    images.put("stadium-lights.jpg", DemoImages::stadiumLights);
    images.put("concert-stage.jpg", DemoImages::concertStage);
    images.put("wind-turbines.jpg", DemoImages::windTurbines);
    images.put("school-building.jpg", DemoImages::schoolBuilding);
    images.put("rain-street.jpg", DemoImages::rainStreet);
    images.put("bookshop-front.jpg", DemoImages::bookshopFront);
    images.put("rowing-boats.jpg", DemoImages::rowingBoats);

    File imageDir = new File(args[0]);
    imageDir.mkdirs();
    for (var e : images.entrySet()) {
      File file = new File(imageDir, e.getKey());
      writeJpeg(file, e.getValue());
      System.out.printf("%-22s %6d bytes%n", e.getKey(), file.length());
    }
    if (args.length == 2) {
      File staticDir = new File(args[1]);
      staticDir.mkdirs();
      File logo = new File(staticDir, "logo.png");
      ImageIO.write(logo(), "png", logo);
      System.out.printf("%-22s %6d bytes%n", "logo.png", logo.length());
      File favicon = new File(staticDir, "favicon.png");
      ImageIO.write(favicon(), "png", favicon);
      System.out.printf("%-22s %6d bytes%n", "favicon.png", favicon.length());
    }
  }

  // ---------------------------------------------------------------------------------------
  // The twelve illustrations, in paper.json order.
  // ---------------------------------------------------------------------------------------

  /** Three container cranes on the quayside against an orange evening sky. */
  static void harbourCranes(Graphics2D g) {
    int horizon = 455;
    int quay = 565;
    vertical(g, 0, 0, W, horizon, new float[] {0f, 0.5f, 1f}, 0xD2542B, 0xF28A35, 0xFFCB70);
    glow(g, 420, 418, 170, new Color(255, 214, 130, 150));
    fill(g, new Ellipse2D.Double(420 - 46, 418 - 46, 92, 92), 0xFFE6A8);
    // low hills on the far shore
    fill(
        g,
        poly(0, 455, 0, 430, 140, 418, 300, 432, 470, 420, 620, 440, 700, 438, 700, 455),
        rgba(0x9E4A3A, 200));
    fill(g, poly(940, 455, 1010, 436, 1120, 428, 1200, 438, 1200, 455), rgba(0x9E4A3A, 200));
    // water with the sun's reflection
    vertical(g, 0, horizon, W, quay - horizon, new float[] {0f, 1f}, 0x8C4B48, 0x3A2A40);
    Random r = new Random(11);
    for (int i = 0; i < 14; i++) {
      double y = horizon + 6 + i * 7.5;
      double w = 120 - i * 6 + r.nextInt(20);
      fill(
          g,
          new Rectangle2D.Double(420 - w / 2 + r.nextInt(14) - 7, y, w, 3),
          rgba(0xFFD08A, 200 - i * 11));
    }
    // the quay
    vertical(g, 0, quay, W, H - quay, new float[] {0f, 1f}, 0x4A3848, 0x2A2030);
    fill(g, new Rectangle2D.Double(0, quay, W, 6), 0x6E5462);
    for (int x = 40; x < W; x += 150) {
      fill(g, new RoundRectangle2D.Double(x, quay + 8, 16, 14, 6, 6), 0x22181F);
    }
    // container stacks behind the crane legs
    int[] stackColours = {0x8C3A2E, 0x2F4F6B, 0x3E6B5E, 0xB57B2E, 0x5B3F6B, 0x7A2F3A};
    int[][] stacks = {{0, 2}, {120, 1}, {560, 3}, {680, 1}, {850, 2}, {1100, 3}};
    for (int[] s : stacks) {
      for (int level = 0; level < s[1]; level++) {
        int colour = stackColours[(s[0] / 10 + level * 3) % stackColours.length];
        container(g, s[0], quay - 42 * (level + 1), 118, 40, colour);
      }
    }
    // the three cranes, each a silhouette in its own scale
    crane(g, 225, quay, 0.95, 200, 100);
    crane(g, 640, quay, 1.06, 120, 130);
    crane(g, 1045, quay, 0.9, 215, 80);
  }

  static void container(Graphics2D g, double x, double y, double w, double h, int colour) {
    Color base = blend(new Color(colour), new Color(0x3A2030), 0.35);
    g.setColor(base);
    g.fill(new Rectangle2D.Double(x, y, w, h));
    g.setColor(blend(base, Color.BLACK, 0.25));
    g.setStroke(new BasicStroke(1.5f));
    for (double rx = x + 16; rx < x + w - 10; rx += 22) {
      g.draw(new Line2D.Double(rx, y + 4, rx, y + h - 4));
    }
    g.draw(new Rectangle2D.Double(x + 0.75, y + 0.75, w - 1.5, h - 1.5));
  }

  /** A ship-to-shore gantry crane with its boom reaching left over the water. */
  static void crane(
      Graphics2D g, double x, double ground, double scale, double trolley, double drop) {
    AffineTransform saved = g.getTransform();
    g.translate(x, ground);
    g.scale(scale, scale);
    Color ink = new Color(0x2A1B2B);
    g.setColor(ink);
    // legs, portal beam and sill beam
    g.fill(new Rectangle2D.Double(-88, -232, 16, 232));
    g.fill(new Rectangle2D.Double(72, -232, 16, 232));
    g.fill(new Rectangle2D.Double(-96, -238, 192, 18));
    g.fill(new Rectangle2D.Double(-88, -120, 176, 10));
    g.setStroke(new BasicStroke(5));
    g.draw(new Line2D.Double(-76, -220, 76, -122));
    g.draw(new Line2D.Double(76, -220, -76, -122));
    // wheel bogies
    g.fill(new RoundRectangle2D.Double(-104, -12, 48, 12, 6, 6));
    g.fill(new RoundRectangle2D.Double(56, -12, 48, 12, 6, 6));
    // A-frame apex above the portal
    g.setStroke(new BasicStroke(12, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
    g.draw(new Line2D.Double(-70, -238, -8, -420));
    g.draw(new Line2D.Double(70, -238, 8, -420));
    g.fill(new Rectangle2D.Double(-20, -432, 40, 18));
    // boom: a truss from the tip over the water to the back reach
    double tip = -280;
    double back = 100;
    g.fill(new Rectangle2D.Double(tip, -282, back - tip, 7));
    g.fill(new Rectangle2D.Double(tip, -262, back - tip, 7));
    g.setStroke(new BasicStroke(3));
    for (double bx = tip; bx < back - 20; bx += 26) {
      g.draw(new Line2D.Double(bx, -262, bx + 13, -278));
      g.draw(new Line2D.Double(bx + 13, -278, bx + 26, -262));
    }
    // stays from the apex
    g.setStroke(new BasicStroke(4));
    g.draw(new Line2D.Double(0, -425, tip + 6, -280));
    g.draw(new Line2D.Double(0, -425, tip + 130, -280));
    g.draw(new Line2D.Double(0, -425, back - 6, -280));
    // machinery house on the back reach
    g.fill(new Rectangle2D.Double(20, -316, 80, 36));
    // trolley, cab, hoist ropes, spreader and a container on the hook
    double tx = -trolley;
    g.fill(new Rectangle2D.Double(tx - 22, -256, 44, 12));
    g.fill(new Rectangle2D.Double(tx - 10, -244, 22, 20));
    g.setStroke(new BasicStroke(2));
    g.draw(new Line2D.Double(tx - 14, -244, tx - 30, -248 + drop));
    g.draw(new Line2D.Double(tx + 14, -244, tx + 30, -248 + drop));
    g.fill(new Rectangle2D.Double(tx - 42, -248 + drop, 84, 7));
    g.fill(new Rectangle2D.Double(tx - 40, -241 + drop, 80, 30));
    // warm rim light on the sunward edges
    g.setColor(new Color(255, 170, 90, 120));
    g.fill(new Rectangle2D.Double(86, -232, 2, 232));
    g.fill(new Rectangle2D.Double(tip, -283, back - tip, 1.5));
    g.setTransform(saved);
  }

  /** A semicircle of council benches facing a raised chair under tall windows. */
  static void councilChamber(Graphics2D g) {
    vertical(g, 0, 0, W, 380, new float[] {0f, 1f}, 0xECE3CF, 0xD6C7AA);
    // tall arched windows
    double[] centres = {130, 365, 600, 835, 1070};
    for (double cx : centres) {
      double w = cx == 600 ? 150 : 120;
      Shape frame = archedWindow(cx - w / 2 - 10, 38, w + 20, 282);
      fill(g, frame, 0xC4B28F);
      Shape glass = archedWindow(cx - w / 2, 48, w, 262);
      g.setPaint(new GradientPaint(0, 48, new Color(0xDCEEF8), 0, 310, new Color(0x9CC4E0)));
      g.fill(glass);
      g.setColor(new Color(0xF6F1E6));
      g.setStroke(new BasicStroke(5));
      g.draw(new Line2D.Double(cx, 48, cx, 310));
      for (double y = 140; y < 310; y += 58) {
        g.draw(new Line2D.Double(cx - w / 2, y, cx + w / 2, y));
      }
      g.setStroke(new BasicStroke(3));
      g.draw(glass);
    }
    // soft light falling from the windows onto the floor
    for (double cx : centres) {
      fill(
          g,
          poly(cx - 60, 310, cx + 60, 310, cx + 200, 560, cx + 20, 560),
          new Color(255, 248, 225, 26));
    }
    // oak panelling
    fill(g, new Rectangle2D.Double(0, 305, W, 80), 0x6E4A2E);
    fill(g, new Rectangle2D.Double(0, 305, W, 8), 0x563822);
    g.setColor(new Color(0x84593A));
    g.setStroke(new BasicStroke(3));
    for (double x = 14; x < W; x += 96) {
      g.draw(new Rectangle2D.Double(x, 322, 80, 50));
    }
    // carpet
    vertical(g, 0, 385, W, H - 385, new float[] {0f, 1f}, 0x2D4467, 0x1C2C47);
    // raised dais and the chair
    fill(g, new Rectangle2D.Double(455, 352, 290, 46), 0x7A5234);
    fill(g, new Rectangle2D.Double(455, 352, 290, 6), 0x9A6C46);
    fill(g, new Rectangle2D.Double(490, 322, 220, 32), 0x86603E);
    fill(g, new Rectangle2D.Double(490, 322, 220, 5), 0xA57A52);
    Path2D back = new Path2D.Double();
    back.moveTo(548, 300);
    back.lineTo(548, 200);
    back.quadTo(600, 150, 652, 200);
    back.lineTo(652, 300);
    back.closePath();
    fill(g, back, 0x4E2E1A);
    Path2D cushion = new Path2D.Double();
    cushion.moveTo(560, 294);
    cushion.lineTo(560, 206);
    cushion.quadTo(600, 168, 640, 206);
    cushion.lineTo(640, 294);
    cushion.closePath();
    fill(g, cushion, 0x9B2226);
    fill(g, new Ellipse2D.Double(588, 150, 24, 24), 0xD4A93C);
    fill(g, new RoundRectangle2D.Double(534, 272, 20, 50, 6, 6), 0x4E2E1A);
    fill(g, new RoundRectangle2D.Double(646, 272, 20, 50, 6, 6), 0x4E2E1A);
    fill(g, new Rectangle2D.Double(550, 296, 100, 14), 0x7E1B1F);
    // four curved rows of benches, nearest last
    double cx = 600;
    double cy = 372;
    Random r = new Random(5);
    for (int row = 0; row < 4; row++) {
      double rx = 235 + row * 118;
      double ry = rx * 0.4;
      Arc2D desk = new Arc2D.Double(cx - rx, cy - ry, rx * 2, ry * 2, 192, 156, Arc2D.OPEN);
      g.setColor(new Color(0x6B4226));
      g.setStroke(new BasicStroke(30, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(desk);
      g.setColor(new Color(0x9A6A42));
      g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(new Arc2D.Double(cx - rx, cy - ry - 11, rx * 2, ry * 2, 192, 156, Arc2D.OPEN));
      // papers on the desks
      for (double a = 198; a < 344; a += 15) {
        double t = Math.toRadians(a);
        double px = cx + rx * Math.cos(t);
        double py = cy - ry * Math.sin(t) - 16;
        if (r.nextInt(3) > 0) {
          fill(g, new Rectangle2D.Double(px - 8, py - 2, 16, 6), 0xF4EFE2);
        }
      }
      double sx = rx + 40;
      double sy = ry + 24;
      Arc2D seat = new Arc2D.Double(cx - sx, cy - sy, sx * 2, sy * 2, 194, 152, Arc2D.OPEN);
      g.setColor(new Color(0x2F6B4F));
      g.setStroke(new BasicStroke(34, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(seat);
      g.setColor(new Color(0x3F8463));
      g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(new Arc2D.Double(cx - sx, cy - sy - 14, sx * 2, sy * 2, 194, 152, Arc2D.OPEN));
      // buttons on the green leather
      g.setColor(new Color(0x245540));
      for (double a = 200; a < 342; a += 6) {
        double t = Math.toRadians(a);
        g.fill(new Ellipse2D.Double(cx + sx * Math.cos(t) - 2, cy - sy * Math.sin(t) + 2, 4, 4));
      }
    }
  }

  static Shape archedWindow(double x, double y, double w, double h) {
    Path2D p = new Path2D.Double();
    p.moveTo(x, y + h);
    p.lineTo(x, y + w / 2);
    p.append(new Arc2D.Double(x, y, w, w, 180, -180, Arc2D.OPEN), true);
    p.lineTo(x + w, y + h);
    p.closePath();
    return p;
  }

  /** A green tram on rails running past a row of terraced houses. */
  static void tramLine(Graphics2D g) {
    vertical(g, 0, 0, W, 420, new float[] {0f, 1f}, 0x86C0E6, 0xDDEFF8);
    cloud(g, 170, 70, 1.0);
    cloud(g, 820, 50, 1.3);
    // terraced houses sharing one slate roof
    int[] fronts = {0xA4533A, 0xE6D6B2, 0xB86B4B, 0x9FBFCC, 0xA4533A, 0xD9C38F, 0xB05C40, 0xC9D6C0};
    fill(g, poly(-10, 168, 20, 116, 1180, 116, 1210, 168), 0x4D5563);
    for (int i = 0; i < 8; i++) {
      double x = i * 150;
      fill(g, new Rectangle2D.Double(x + 62, 84, 28, 36), 0x8A4632);
      fill(g, new Rectangle2D.Double(x + 60, 80, 32, 8), 0x6E3626);
      fill(g, new Rectangle2D.Double(x + 66, 68, 8, 14), 0xB3643F);
      fill(g, new Rectangle2D.Double(x + 78, 70, 8, 12), 0xB3643F);
    }
    for (int i = 0; i < 8; i++) {
      double x = i * 150;
      fill(g, new Rectangle2D.Double(x, 166, 150, 320), fronts[i]);
      fill(g, new Rectangle2D.Double(x, 166, 2, 320), new Color(0, 0, 0, 40));
      // upper sash windows
      for (double wx : new double[] {x + 22, x + 88}) {
        fill(g, new Rectangle2D.Double(wx - 4, 196, 48, 78), 0xF5F1E6);
        fill(g, new Rectangle2D.Double(wx, 200, 40, 70), 0x35495A);
        fill(g, new Rectangle2D.Double(wx, 233, 40, 4), 0xF5F1E6);
        fill(g, poly(wx, 200, wx + 14, 200, wx, 220), new Color(255, 255, 255, 60));
        fill(g, new Rectangle2D.Double(wx - 6, 272, 52, 6), 0xE9E3D3);
      }
      // door with fanlight, and a bay window beside it
      int[] doors = {0x1F4E79, 0x2E7D32, 0x8A1C1C, 0x222222};
      fill(g, new Rectangle2D.Double(x + 18, 346, 40, 140), 0xF5F1E6);
      fill(g, new Rectangle2D.Double(x + 22, 372, 32, 114), doors[i % 4]);
      fill(g, new Arc2D.Double(x + 22, 352, 32, 30, 0, 180, Arc2D.PIE), 0xF3D98C);
      fill(g, new Rectangle2D.Double(x + 74, 340, 64, 118), 0xF5F1E6);
      fill(g, new Rectangle2D.Double(x + 80, 346, 52, 104), 0x35495A);
      fill(g, new Rectangle2D.Double(x + 104, 346, 4, 104), 0xF5F1E6);
      fill(g, new Rectangle2D.Double(x + 70, 330, 72, 12), 0xE9E3D3);
    }
    // pavement, kerb and road
    fill(g, new Rectangle2D.Double(0, 486, W, 26), 0xC2BAAE);
    fill(g, new Rectangle2D.Double(0, 510, W, 6), 0x8E877C);
    vertical(g, 0, 516, W, H - 516, new float[] {0f, 1f}, 0x60656D, 0x4B4F57);
    // overhead line with its poles
    g.setColor(new Color(0x2B2F36));
    g.setStroke(new BasicStroke(3));
    g.draw(new Line2D.Double(0, 262, W, 262));
    for (double px : new double[] {70, 1130}) {
      fill(g, new Rectangle2D.Double(px - 6, 236, 12, 254), 0x3A4048);
      g.setStroke(new BasicStroke(4));
      g.draw(new Line2D.Double(px, 250, px + (px < 600 ? 60 : -60), 262));
    }
    // rails
    fill(g, new Rectangle2D.Double(0, 598, W, 7), 0xCFD3D8);
    fill(g, new Rectangle2D.Double(0, 605, W, 3), 0x2E3238);
    fill(g, new Rectangle2D.Double(0, 636, W, 8), 0xD8DCE1);
    fill(g, new Rectangle2D.Double(0, 644, W, 3), 0x2E3238);
    // the tram
    double x0 = 190;
    double x1 = 1010;
    fill(g, new Rectangle2D.Double(x0 + 80, 572, 120, 30), 0x2A2E33);
    fill(g, new Rectangle2D.Double(x1 - 200, 572, 120, 30), 0x2A2E33);
    for (double wx : new double[] {x0 + 105, x0 + 175, x1 - 175, x1 - 105}) {
      fill(g, new Ellipse2D.Double(wx - 16, 576, 32, 32), 0x1D2024);
      fill(g, new Ellipse2D.Double(wx - 6, 586, 12, 12), 0x8A9096);
    }
    Path2D body = new Path2D.Double();
    body.moveTo(x0 + 30, 340);
    body.lineTo(x1 - 70, 340);
    body.quadTo(x1 - 10, 342, x1, 420);
    body.lineTo(x1 + 8, 560);
    body.quadTo(x1 + 8, 582, x1 - 14, 582);
    body.lineTo(x0 + 14, 582);
    body.quadTo(x0 - 8, 582, x0 - 8, 560);
    body.lineTo(x0, 380);
    body.quadTo(x0 + 2, 340, x0 + 30, 340);
    body.closePath();
    g.setPaint(new GradientPaint(0, 340, new Color(0x3DA56A), 0, 582, new Color(0x237A4A)));
    g.fill(body);
    Shape saved = g.getClip();
    g.clip(body);
    fill(g, new Rectangle2D.Double(x0 - 10, 340, x1 - x0 + 30, 22), 0x2C8C57);
    fill(g, new Rectangle2D.Double(x0 - 10, 362, x1 - x0 + 30, 10), 0xF1E9D2);
    fill(g, new Rectangle2D.Double(x0 - 10, 530, x1 - x0 + 30, 10), 0xF1E9D2);
    fill(g, new Rectangle2D.Double(x0 - 10, 540, x1 - x0 + 30, 50), 0x1E6B40);
    g.setClip(saved);
    // windows and doors
    double[] windows = {x0 + 20, x0 + 195, x0 + 295, x0 + 470, x0 + 570, x1 - 90};
    for (double wx : windows) {
      double ww = wx == x1 - 90 ? 80 : 85;
      fill(g, new RoundRectangle2D.Double(wx, 384, ww, 84, 10, 10), 0x26343F);
      fill(g, poly(wx + 8, 386, wx + 34, 386, wx + 8, 430), new Color(255, 255, 255, 50));
    }
    for (double dx : new double[] {x0 + 110, x0 + 385, x0 + 660}) {
      fill(g, new RoundRectangle2D.Double(dx, 380, 76, 196, 8, 8), 0x1E6B40);
      fill(g, new RoundRectangle2D.Double(dx + 6, 388, 30, 150, 6, 6), 0x34505E);
      fill(g, new RoundRectangle2D.Double(dx + 40, 388, 30, 150, 6, 6), 0x34505E);
    }
    // destination display, headlight and the pantograph
    fill(g, new RoundRectangle2D.Double(x1 - 150, 344, 96, 17, 4, 4), 0x111418);
    g.setColor(new Color(0xFFB23F));
    g.setFont(font(Font.BOLD, 12, false));
    drawCentred(g, "14 HARBOUR", x1 - 102, 357);
    fill(g, new Ellipse2D.Double(x1 - 14, 498, 16, 16), 0xFFF2B0);
    glow(g, x1 - 6, 506, 40, new Color(255, 240, 170, 120));
    fill(g, new RoundRectangle2D.Double(x0 + 340, 326, 160, 16, 6, 6), 0x5B6168);
    g.setColor(new Color(0x2B2F36));
    g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(polyline(x0 + 380, 326, x0 + 440, 296, x0 + 400, 264));
    g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Line2D.Double(x0 + 370, 264, x0 + 430, 264));
  }

  static void cloud(Graphics2D g, double x, double y, double s) {
    g.setColor(new Color(255, 255, 255, 210));
    g.fill(new Ellipse2D.Double(x, y + 20 * s, 160 * s, 44 * s));
    g.fill(new Ellipse2D.Double(x + 30 * s, y, 70 * s, 60 * s));
    g.fill(new Ellipse2D.Double(x + 75 * s, y + 8 * s, 60 * s, 50 * s));
  }

  /** Striped awnings over a row of market stalls. */
  static void marketStalls(Graphics2D g) {
    vertical(g, 0, 0, W, 300, new float[] {0f, 1f}, 0xA9D3EE, 0xE4F2FA);
    // town-square buildings behind the stalls
    int[] facades = {0xE3CFA6, 0xC98F6B, 0xD9D2C0, 0xB7C7B5, 0xE0B98A, 0xCFA7A0};
    for (int i = 0; i < 6; i++) {
      double x = i * 200;
      double top = 40 + (i % 3) * 28;
      fill(g, new Rectangle2D.Double(x, top, 200, 540 - top), facades[i]);
      fill(g, poly(x, top, x + 100, top - 36, x + 200, top), 0x7A6A5E);
      for (int c = 0; c < 3; c++) {
        fill(g, new Rectangle2D.Double(x + 28 + c * 56, top + 30, 30, 44), 0x5C6E7C);
      }
    }
    // cobbles
    vertical(g, 0, 520, W, H - 520, new float[] {0f, 1f}, 0xB8AE9C, 0xA39886);
    g.setColor(new Color(0xAA9F8C));
    g.setStroke(new BasicStroke(2));
    for (int row = 0; row < 5; row++) {
      double y = 546 + row * 26;
      for (double x = (row % 2) * 30; x < W; x += 60) {
        g.draw(new RoundRectangle2D.Double(x, y, 56, 22, 12, 12));
      }
    }
    int[] stripe = {0xC8372D, 0x2B6CB0, 0x2F8F5B, 0xE08E1B};
    String[][] produce = {
      {"apples", "oranges", "lemons"},
      {"cabbages", "carrots", "aubergines"},
      {"limes", "plums", "pears"},
      {"flowers", "flowers", "tomatoes"}
    };
    for (int s = 0; s < 4; s++) {
      double x = 34 + s * 286;
      double w = 270;
      // stall interior and posts
      fill(g, new Rectangle2D.Double(x, 250, w, 210), 0x4A3A2C);
      fill(g, new Rectangle2D.Double(x, 250, w, 40), new Color(0, 0, 0, 60));
      fill(g, new Rectangle2D.Double(x + 4, 220, 10, 330), 0x6B4A2E);
      fill(g, new Rectangle2D.Double(x + w - 14, 220, 10, 330), 0x6B4A2E);
      // counter with its cloth
      fill(g, new Rectangle2D.Double(x - 6, 440, w + 12, 14), 0xA0703F);
      fill(
          g, new Rectangle2D.Double(x, 454, w, 86), blend(new Color(stripe[s]), Color.BLACK, 0.25));
      fill(g, new Rectangle2D.Double(x, 454, w, 6), new Color(0, 0, 0, 60));
      for (int c = 0; c < 3; c++) {
        produceCrate(g, x + 10 + c * 86, 440, produce[s][c], s * 3 + c);
      }
      // the striped awning
      int stripes = 9;
      double top = 120;
      double front = 236;
      double spread = 14;
      for (int i = 0; i < stripes; i++) {
        double a = x + w * i / stripes;
        double b = x + w * (i + 1) / stripes;
        double fa = x - spread + (w + 2 * spread) * i / stripes;
        double fb = x - spread + (w + 2 * spread) * (i + 1) / stripes;
        Color c = i % 2 == 0 ? new Color(stripe[s]) : new Color(0xFBF7EE);
        fill(g, poly(a, top, b, top, fb, front, fa, front), c);
        // scalloped valance
        fill(g, new Rectangle2D.Double(fa, front, fb - fa + 0.5, 16), c);
        fill(g, new Arc2D.Double(fa, front + 2, fb - fa, 28, 180, 180, Arc2D.CHORD), c);
      }
      g.setPaint(
          new GradientPaint(
              0,
              (float) top,
              new Color(255, 255, 255, 70),
              0,
              (float) front,
              new Color(0, 0, 0, 30)));
      g.fill(poly(x, top, x + w, top, x + w + spread, front, x - spread, front));
      fill(g, new Rectangle2D.Double(x - 4, top - 6, w + 8, 8), 0x5A4030);
    }
  }

  static void produceCrate(Graphics2D g, double x, double counterTop, String kind, int seed) {
    Random r = new Random(seed);
    double w = 78;
    double crateTop = counterTop - 30;
    int[] colours;
    double size = 20;
    switch (kind) {
      case "apples" -> colours = new int[] {0xC0262D, 0xD93A32, 0xA81E26};
      case "oranges" -> colours = new int[] {0xF08A1C, 0xF59B2F, 0xE57C12};
      case "lemons" -> colours = new int[] {0xF5D43B, 0xEFC92A, 0xF8E05A};
      case "cabbages" -> {
        colours = new int[] {0x6FAE4F, 0x83BF5E, 0x5E9C42};
        size = 30;
      }
      case "carrots" -> colours = new int[] {0xEE7A1E, 0xF08C2E};
      case "aubergines" -> colours = new int[] {0x4B2A5E, 0x5A336E};
      case "limes" -> colours = new int[] {0x7CB342, 0x8BC34A, 0x689F38};
      case "plums" -> colours = new int[] {0x6A2C5E, 0x7B3470, 0x5C2452};
      case "pears" -> colours = new int[] {0xC5CE4A, 0xB7C23C, 0xD2D65B};
      case "tomatoes" -> colours = new int[] {0xE0322A, 0xD42A22};
      default -> colours = new int[] {0xE84A7A, 0xFFFFFF, 0xB05DD6, 0xFF7F50, 0xD7263D};
    }
    if (kind.equals("flowers")) {
      // a bunch of flowers on green stems
      for (int i = 0; i < 8; i++) {
        double sx = x + 10 + i * 8.5;
        double hx = sx + r.nextInt(20) - 10;
        double hy = crateTop - 24 - r.nextInt(40);
        g.setColor(new Color(0x3E7B34));
        g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(sx, crateTop + 4, hx, hy));
        Color petal = new Color(colours[r.nextInt(colours.length)]);
        for (int k = 0; k < 5; k++) {
          double t = 2 * Math.PI * k / 5;
          fill(
              g,
              new Ellipse2D.Double(hx + Math.cos(t) * 6 - 5, hy + Math.sin(t) * 6 - 5, 10, 10),
              petal);
        }
        fill(g, new Ellipse2D.Double(hx - 3.5, hy - 3.5, 7, 7), 0xF7C948);
      }
    } else {
      // fruit and vegetables heaped above the crate
      for (int row = 0; row < 3; row++) {
        int n = (int) ((w - row * size * 0.9) / size);
        double start = x + (w - n * size) / 2;
        for (int i = 0; i < n; i++) {
          double fx = start + i * size;
          double fy = crateTop - size * 0.75 - row * size * 0.7;
          fill(
              g,
              new Ellipse2D.Double(fx, fy, size, size),
              new Color(colours[r.nextInt(colours.length)]));
          fill(
              g,
              new Ellipse2D.Double(fx + size * 0.2, fy + size * 0.15, size * 0.3, size * 0.25),
              new Color(255, 255, 255, 70));
        }
      }
    }
    fill(g, new Rectangle2D.Double(x, crateTop, w, 30), 0xB98A55);
    g.setColor(new Color(0x8C6238));
    g.setStroke(new BasicStroke(2));
    g.draw(new Line2D.Double(x, crateTop + 15, x + w, crateTop + 15));
    g.draw(new Rectangle2D.Double(x, crateTop, w, 30));
    fill(g, new Rectangle2D.Double(x + w - 28, crateTop + 8, 22, 14), 0xFBF7EE);
  }

  /** An arched stone bridge over a blue river under a pale sky. */
  static void riverBridge(Graphics2D g) {
    double water = 448;
    vertical(g, 0, 0, W, 420, new float[] {0f, 1f}, 0xDCE8F1, 0xF6F3EA);
    cloud(g, 120, 80, 0.9);
    cloud(g, 760, 40, 1.1);
    // far bank of trees
    fill(g, new Rectangle2D.Double(0, 392, W, 36), 0x7DA35F);
    Random r = new Random(4);
    for (double x = -20; x < W + 20; x += 34) {
      double s = 40 + r.nextInt(30);
      fill(g, new Ellipse2D.Double(x, 392 - s * 0.8, s, s), r.nextBoolean() ? 0x5E8C4A : 0x6E9A55);
    }
    // river
    vertical(g, 0, 422, W, H - 422, new float[] {0f, 1f}, 0x5B9AD0, 0x2D6DA6);
    // the bridge: a gently humped deck with three arches cut out of it
    Path2D top = new Path2D.Double();
    top.moveTo(-10, 300);
    top.quadTo(600, 214, 1210, 300);
    Path2D bodyPath = new Path2D.Double(top);
    bodyPath.lineTo(1210, water);
    bodyPath.lineTo(-10, water);
    bodyPath.closePath();
    Area body = new Area(bodyPath);
    double[][] arches = {{290, 112}, {600, 152}, {910, 112}};
    for (double[] a : arches) {
      body.subtract(new Area(new Ellipse2D.Double(a[0] - a[1], water - a[1], a[1] * 2, a[1] * 2)));
    }
    // reflection first, so the bridge sits on it
    AffineTransform saved = g.getTransform();
    g.translate(0, water * 2);
    g.scale(1, -1);
    g.setColor(new Color(0x4C7391));
    g.fill(body);
    g.setTransform(saved);
    g.setPaint(
        new GradientPaint(
            0, (float) water, new Color(70, 130, 190, 90), 0, H, new Color(45, 109, 166, 200)));
    g.fill(new Rectangle2D.Double(0, water, W, H - water));
    // body, stone courses and the arch rings
    g.setPaint(
        new GradientPaint(0, 220, new Color(0xD5C29C), 0, (float) water, new Color(0xB9A47E)));
    g.fill(body);
    Shape clip = g.getClip();
    g.clip(body);
    g.setColor(new Color(0xB09B76));
    g.setStroke(new BasicStroke(1.5f));
    for (double y = 254; y < water; y += 24) {
      g.draw(new Line2D.Double(0, y, W, y));
      double off = ((int) (y / 24) % 2) * 32;
      for (double x = off; x < W; x += 64) {
        g.draw(new Line2D.Double(x, y, x, y + 24));
      }
    }
    g.setClip(clip);
    for (double[] a : arches) {
      double cx = a[0];
      double rad = a[1];
      Area ring =
          new Area(
              new Ellipse2D.Double(cx - rad - 22, water - rad - 22, rad * 2 + 44, rad * 2 + 44));
      ring.subtract(new Area(new Ellipse2D.Double(cx - rad, water - rad, rad * 2, rad * 2)));
      ring.intersect(new Area(new Rectangle2D.Double(0, 0, W, water)));
      fill(g, ring, 0xC7B089);
      g.setColor(new Color(0x9C8762));
      g.setStroke(new BasicStroke(2));
      for (int k = 1; k < 13; k++) {
        double t = Math.PI * k / 13;
        g.draw(
            new Line2D.Double(
                cx - Math.cos(t) * rad,
                water - Math.sin(t) * rad,
                cx - Math.cos(t) * (rad + 22),
                water - Math.sin(t) * (rad + 22)));
      }
      // the shaded underside of the arch
      g.setColor(new Color(0x8E7A58));
      g.setStroke(new BasicStroke(5));
      g.draw(
          new Arc2D.Double(
              cx - rad + 2, water - rad + 2, rad * 2 - 4, rad * 2 - 4, 0, 180, Arc2D.OPEN));
    }
    // parapet and coping
    Path2D parapet = new Path2D.Double();
    parapet.moveTo(-10, 300);
    parapet.quadTo(600, 214, 1210, 300);
    parapet.lineTo(1210, 276);
    parapet.quadTo(600, 190, -10, 276);
    parapet.closePath();
    fill(g, parapet, 0xCDB995);
    g.setColor(new Color(0xE6D8B8));
    g.setStroke(new BasicStroke(6));
    g.draw(new QuadCurve2D.Double(-10, 274, 600, 188, 1210, 274));
    g.setColor(new Color(0xA8936F));
    g.setStroke(new BasicStroke(3));
    g.draw(new QuadCurve2D.Double(-10, 302, 600, 216, 1210, 302));
    // ripples across the water
    g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (int i = 0; i < 46; i++) {
      double y = water + 14 + r.nextDouble() * (H - water - 20);
      double x = r.nextDouble() * W;
      double len = 30 + r.nextDouble() * 90;
      g.setColor(new Color(220, 236, 250, 90 + r.nextInt(80)));
      g.draw(new Line2D.Double(x, y, x + len, y));
    }
    // grassy banks in the near corners
    for (int side = 0; side < 2; side++) {
      AffineTransform t = g.getTransform();
      if (side == 1) {
        g.translate(W, 0);
        g.scale(-1, 1);
      }
      Path2D bankShape = new Path2D.Double();
      bankShape.moveTo(0, 430);
      bankShape.quadTo(120, 432, 150, 490);
      bankShape.quadTo(185, 580, 150, 675);
      bankShape.lineTo(0, 675);
      bankShape.closePath();
      fill(g, bankShape, 0x6E9B4E);
      g.setColor(new Color(0x88B062));
      g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(new QuadCurve2D.Double(0, 433, 110, 436, 142, 484));
      g.setColor(new Color(0x4F7F38));
      g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      for (int k = 0; k < 9; k++) {
        double bx = 128 + k * 4.5;
        double by = 560 + k * 9;
        g.draw(new Line2D.Double(bx, by, bx + 10 + (k % 3) * 4, by - 38 - (k % 2) * 14));
      }
      g.setTransform(t);
    }
  }

  /** Floodlights above a football pitch at night. */
  static void stadiumLights(Graphics2D g) {
    vertical(g, 0, 0, W, 420, new float[] {0f, 1f}, 0x070C20, 0x1E2D55);
    Random r = new Random(9);
    for (int i = 0; i < 90; i++) {
      double s = 1 + r.nextDouble() * 2;
      fill(
          g,
          new Ellipse2D.Double(r.nextInt(W), r.nextInt(300), s, s),
          new Color(255, 255, 255, 80 + r.nextInt(150)));
    }
    // stands behind the far touchline, with a crowd of tiny dots
    fill(g, poly(150, 410, 240, 318, 960, 318, 1050, 410), 0x1A2138);
    fill(g, new Rectangle2D.Double(240, 304, 720, 16), 0x2A3352);
    for (int i = 0; i < 900; i++) {
      double y = 326 + r.nextDouble() * 80;
      double t = (y - 318) / 92.0;
      double left = 240 - 90 * t;
      double x = left + r.nextDouble() * (720 + 180 * t);
      int[] shirts = {0xC8372D, 0xF2F2F2, 0x2B6CB0, 0xE6B422, 0x8A95A8};
      fill(g, new Ellipse2D.Double(x, y, 3, 3), rgba(shirts[r.nextInt(shirts.length)], 150));
    }
    fill(g, new Rectangle2D.Double(0, 405, W, H - 405), 0x1E4F27);
    // the pitch in perspective, mown in stripes
    double near = 60;
    double far = 128;
    for (int i = 0; i < 14; i++) {
      double xa = -52.5 + 105.0 * i / 14;
      double xb = -52.5 + 105.0 * (i + 1) / 14;
      Point2D a = pitch(xa, far);
      Point2D b = pitch(xb, far);
      Point2D c = pitch(xb, near);
      Point2D d = pitch(xa, near);
      fill(
          g,
          poly(a.getX(), a.getY(), b.getX(), b.getY(), c.getX(), c.getY(), d.getX(), d.getY()),
          i % 2 == 0 ? 0x3F9E48 : 0x37903F);
    }
    Point2D f0 = pitch(-60, far + 6);
    Point2D f1 = pitch(60, far + 6);
    Point2D n0 = pitch(-66, near - 10);
    Point2D n1 = pitch(66, near - 10);
    Area surround =
        new Area(
            poly(
                f0.getX(),
                f0.getY(),
                f1.getX(),
                f1.getY(),
                n1.getX(),
                n1.getY() + 60,
                n0.getX(),
                n0.getY() + 60));
    surround.subtract(new Area(pitchShape(-52.5, 52.5, near, far)));
    fill(g, surround, 0x2E7A36);
    // markings
    g.setColor(new Color(245, 250, 245, 230));
    g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(pitchShape(-52.5, 52.5, near, far));
    g.draw(pitchLine(0, near, 0, far));
    g.draw(pitchCircle(0, (near + far) / 2, 9.15));
    for (int side = -1; side <= 1; side += 2) {
      double goal = 52.5 * side;
      double box = goal - 16.5 * side;
      double six = goal - 5.5 * side;
      double mid = (near + far) / 2;
      g.draw(pitchShape(Math.min(goal, box), Math.max(goal, box), mid - 20.16, mid + 20.16));
      g.draw(pitchShape(Math.min(goal, six), Math.max(goal, six), mid - 9.16, mid + 9.16));
      Point2D p0 = pitch(goal, mid - 3.66);
      Point2D p1 = pitch(goal, mid + 3.66);
      g.setStroke(new BasicStroke(4));
      g.draw(new Line2D.Double(p0.getX(), p0.getY(), p0.getX(), p0.getY() - 16));
      g.draw(new Line2D.Double(p1.getX(), p1.getY(), p1.getX(), p1.getY() - 14));
      g.draw(new Line2D.Double(p0.getX(), p0.getY() - 16, p1.getX(), p1.getY() - 14));
      g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }
    // floodlight towers: beams, masts, lamp banks and their glare
    double[][] towers = {{90, 70, 1.0}, {1110, 70, 1.0}, {300, 214, 0.55}, {900, 214, 0.55}};
    for (double[] t : towers) {
      double x = t[0];
      double y = t[1];
      double s = t[2];
      double target = x < 600 ? 560 : 640;
      g.setPaint(
          new GradientPaint(
              (float) x,
              (float) y,
              new Color(255, 248, 210, 70),
              (float) target,
              600,
              new Color(255, 248, 210, 0)));
      g.fill(
          poly(x - 40 * s, y + 30 * s, x + 40 * s, y + 30 * s, target + 320, H, target - 320, H));
    }
    for (double[] t : towers) {
      double x = t[0];
      double y = t[1];
      double s = t[2];
      double foot = s == 1.0 ? H : 330;
      fill(
          g,
          poly(x - 5 * s, y + 30 * s, x + 5 * s, y + 30 * s, x + 12 * s, foot, x - 12 * s, foot),
          0x6A7185);
      glow(g, x, y + 8 * s, 170 * s, new Color(255, 250, 225, 130));
      fill(
          g,
          new RoundRectangle2D.Double(x - 62 * s, y - 26 * s, 124 * s, 64 * s, 8 * s, 8 * s),
          0x3A4152);
      for (int row = 0; row < 3; row++) {
        for (int col = 0; col < 5; col++) {
          double lx = x - 54 * s + col * 23 * s;
          double ly = y - 19 * s + row * 19 * s;
          fill(g, new Ellipse2D.Double(lx, ly, 16 * s, 16 * s), 0xFFFBE6);
        }
      }
    }
  }

  /** Projects a point on the pitch (metres along, metres from the camera) to the picture. */
  static Point2D pitch(double x, double z) {
    double f = 640;
    return new Point2D.Double(600 + x * f / z, 200 + 42.2 * f / z);
  }

  static Shape pitchShape(double x0, double x1, double z0, double z1) {
    Path2D p = new Path2D.Double();
    Point2D a = pitch(x0, z0);
    p.moveTo(a.getX(), a.getY());
    for (double[] q : new double[][] {{x1, z0}, {x1, z1}, {x0, z1}}) {
      Point2D b = pitch(q[0], q[1]);
      p.lineTo(b.getX(), b.getY());
    }
    p.closePath();
    return p;
  }

  static Shape pitchLine(double x0, double z0, double x1, double z1) {
    Point2D a = pitch(x0, z0);
    Point2D b = pitch(x1, z1);
    return new Line2D.Double(a, b);
  }

  static Shape pitchCircle(double cx, double cz, double radius) {
    Path2D p = new Path2D.Double();
    for (int i = 0; i <= 72; i++) {
      double t = 2 * Math.PI * i / 72;
      Point2D q = pitch(cx + radius * Math.cos(t), cz + radius * Math.sin(t));
      if (i == 0) {
        p.moveTo(q.getX(), q.getY());
      } else {
        p.lineTo(q.getX(), q.getY());
      }
    }
    return p;
  }

  /** A lit stage with a microphone stand and coloured spotlights. */
  static void concertStage(Graphics2D g) {
    vertical(g, 0, 0, W, H, new float[] {0f, 1f}, 0x0C0816, 0x1D1330);
    // curtain folds at the back of the stage
    for (double x = 0; x < W; x += 60) {
      g.setPaint(
          new GradientPaint(
              (float) x, 0, new Color(0x2A1838), (float) (x + 30), 0, new Color(0x1A0F26), true));
      g.fill(new Rectangle2D.Double(x, 90, 60, 390));
    }
    // the lighting truss
    fill(g, new Rectangle2D.Double(40, 52, 1120, 8), 0x4A4A58);
    fill(g, new Rectangle2D.Double(40, 76, 1120, 8), 0x4A4A58);
    g.setColor(new Color(0x4A4A58));
    g.setStroke(new BasicStroke(3));
    for (double x = 40; x + 24 <= 1160; x += 24) {
      g.draw(new Line2D.Double(x, 60, x + 12, 76));
      g.draw(new Line2D.Double(x + 12, 76, x + 24, 60));
    }
    // stage surface
    Path2D floor = poly(120, 470, 1080, 470, 1200, 566, 0, 566);
    vertical(g, 0, 470, W, 96, new float[] {0f, 1f}, 0x2C2236, 0x3A2E44);
    g.setColor(new Color(0x0C0816));
    g.fill(poly(0, 470, 120, 470, 0, 566));
    g.fill(poly(1200, 470, 1080, 470, 1200, 566));
    // coloured beams converging on the microphone
    Color[] colours = {
      new Color(236, 64, 160), new Color(64, 196, 255), new Color(255, 184, 48),
      new Color(92, 230, 128), new Color(96, 104, 255), new Color(255, 76, 64)
    };
    double[] lamps = {150, 340, 520, 680, 860, 1050};
    double[] targets = {470, 540, 590, 620, 670, 740};
    for (int i = 0; i < lamps.length; i++) {
      Color c = colours[i];
      g.setPaint(
          new GradientPaint(
              (float) lamps[i],
              90,
              new Color(c.getRed(), c.getGreen(), c.getBlue(), 150),
              (float) targets[i],
              520,
              new Color(c.getRed(), c.getGreen(), c.getBlue(), 35)));
      g.fill(
          poly(lamps[i] - 12, 96, lamps[i] + 12, 96, targets[i] + 110, 520, targets[i] - 110, 520));
      g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 70));
      g.fill(new Ellipse2D.Double(targets[i] - 120, 494, 240, 52));
    }
    // a warm white pool where the singer will stand
    glow(g, 600, 520, 220, new Color(255, 244, 220, 120));
    g.setColor(new Color(255, 246, 225, 90));
    g.fill(new Ellipse2D.Double(470, 496, 260, 56));
    // lamp housings with bright lenses
    for (int i = 0; i < lamps.length; i++) {
      double x = lamps[i];
      fill(g, new Rectangle2D.Double(x - 3, 80, 6, 10), 0x2A2A34);
      fill(g, new RoundRectangle2D.Double(x - 20, 86, 40, 26, 8, 8), 0x2A2A34);
      glow(
          g,
          x,
          106,
          46,
          new Color(colours[i].getRed(), colours[i].getGreen(), colours[i].getBlue(), 200));
      fill(g, new Ellipse2D.Double(x - 11, 98, 22, 16), 0xFFFFFF);
    }
    // speaker stacks
    for (double x : new double[] {60, 1010}) {
      for (int k = 0; k < 2; k++) {
        double y = 470 - 120 * (k + 1) + 20;
        fill(g, new RoundRectangle2D.Double(x, y, 130, 116, 6, 6), 0x15121C);
        fill(g, new Ellipse2D.Double(x + 25, y + 18, 80, 80), 0x25212E);
        fill(g, new Ellipse2D.Double(x + 50, y + 43, 30, 30), 0x0B0910);
      }
    }
    // the microphone stand: tripod base, pole, boom arm and microphone
    Color chrome = new Color(0xD9DCE4);
    Color shade = new Color(0x1A1622);
    g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(shade);
    g.draw(new Line2D.Double(600, 500, 556, 530));
    g.draw(new Line2D.Double(600, 500, 646, 530));
    g.draw(new Line2D.Double(600, 500, 600, 536));
    g.draw(new Line2D.Double(600, 500, 600, 300));
    g.draw(new Line2D.Double(600, 316, 676, 262));
    g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(chrome);
    g.draw(new Line2D.Double(600, 500, 556, 530));
    g.draw(new Line2D.Double(600, 500, 646, 530));
    g.draw(new Line2D.Double(600, 500, 600, 536));
    g.draw(new Line2D.Double(600, 500, 600, 300));
    g.draw(new Line2D.Double(600, 316, 676, 262));
    fill(g, new Ellipse2D.Double(592, 308, 16, 16), 0x8C90A0);
    AffineTransform saved = g.getTransform();
    g.translate(688, 252);
    g.rotate(Math.toRadians(-36));
    fill(g, new RoundRectangle2D.Double(-14, -7, 30, 14, 6, 6), 0x202028);
    fill(g, new RoundRectangle2D.Double(12, -11, 30, 22, 18, 18), 0x33333D);
    g.setColor(new Color(0x8C90A0));
    g.setStroke(new BasicStroke(1.5f));
    for (double gx = 16; gx < 40; gx += 5) {
      g.draw(new Line2D.Double(gx, -9, gx, 9));
    }
    g.setTransform(saved);
    // stage front edge with footlights, and the crowd's silhouettes
    fill(g, new Rectangle2D.Double(0, 566, W, 50), 0x08060C);
    for (double x = 40; x < W; x += 80) {
      fill(g, new Ellipse2D.Double(x, 568, 10, 6), 0xFFD27A);
    }
    Random r = new Random(12);
    for (double x = -20; x < W + 20; x += 46 + r.nextInt(12)) {
      double y = 610 + r.nextInt(26);
      fill(g, new Ellipse2D.Double(x, y, 34, 40), 0x030207);
      fill(g, new RoundRectangle2D.Double(x - 18, y + 34, 70, 60, 30, 30), 0x030207);
    }
  }

  /** White wind turbines standing in the sea off the coast. */
  static void windTurbines(Graphics2D g) {
    double horizon = 400;
    vertical(g, 0, 0, W, horizon, new float[] {0f, 1f}, 0x5FA8DC, 0xDDEFF9);
    cloud(g, 90, 60, 1.1);
    cloud(g, 600, 100, 0.8);
    cloud(g, 950, 40, 1.0);
    vertical(g, 0, horizon, W, H - horizon, new float[] {0f, 1f}, 0x4A90C0, 0x1F5F8F);
    Random r = new Random(2);
    g.setStroke(new BasicStroke(2, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (int i = 0; i < 70; i++) {
      double y = horizon + 6 + Math.pow(r.nextDouble(), 1.4) * (H - horizon);
      double x = r.nextDouble() * W;
      double len = 10 + (y - horizon) * 0.25;
      g.setColor(new Color(255, 255, 255, 60 + r.nextInt(70)));
      g.draw(new Line2D.Double(x, y, x + len, y));
    }
    // turbines out at sea, far to near: x, waterline, scale, rotor angle
    double[][] turbines = {
      {1150, 418, 0.24, 70},
      {905, 422, 0.3, 10},
      {640, 426, 0.36, 100},
      {245, 436, 0.46, 35},
      {470, 462, 0.64, 80},
      {1030, 488, 0.8, 50},
      {760, 520, 1.0, 18}
    };
    for (double[] t : turbines) {
      turbine(g, t[0], t[1], t[2], t[3]);
    }
    // the coast in the foreground: a grassy headland with a pale cliff and a beach
    fill(g, poly(0, 520, 150, 505, 260, 520, 340, 560, 380, 610, 400, 675, 0, 675), 0xD9CDB0);
    fill(g, poly(0, 520, 150, 505, 260, 520, 340, 560, 300, 566, 200, 548, 0, 556), 0x6FA24A);
    fill(g, poly(0, 556, 200, 548, 300, 566, 340, 560, 360, 590, 250, 600, 0, 610), 0xC8BB9A);
    fill(g, poly(0, 640, 420, 628, 700, 650, 1200, 640, 1200, 675, 0, 675), 0xE8D7A6);
    g.setColor(new Color(255, 255, 255, 200));
    g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new QuadCurve2D.Double(380, 630, 800, 636, 1200, 636));
    g.setColor(new Color(0x5E8F3E));
    g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (int i = 0; i < 24; i++) {
      double x = 20 + r.nextDouble() * 250;
      double y = 518 + r.nextDouble() * 20;
      g.draw(new Line2D.Double(x, y, x - 4 + r.nextDouble() * 8, y - 10 - r.nextDouble() * 10));
    }
  }

  static void turbine(Graphics2D g, double x, double water, double s, double angle) {
    double hubY = water - 330 * s;
    // reflection and foam
    fill(g, new Rectangle2D.Double(x - 6 * s, water, 12 * s, 40 * s), new Color(255, 255, 255, 50));
    fill(
        g,
        new Ellipse2D.Double(x - 20 * s, water - 4 * s, 40 * s, 9 * s),
        new Color(255, 255, 255, 190));
    // yellow transition piece, then the tapered white tower
    fill(g, new Rectangle2D.Double(x - 9 * s, water - 34 * s, 18 * s, 34 * s), 0xF2C230);
    fill(g, new Rectangle2D.Double(x - 13 * s, water - 38 * s, 26 * s, 5 * s), 0x9AA3AD);
    fill(
        g,
        poly(
            x - 8 * s, water - 38 * s, x + 8 * s, water - 38 * s, x + 4 * s, hubY, x - 4 * s, hubY),
        0xF5F7F9);
    fill(
        g,
        poly(
            x + 2 * s, water - 38 * s, x + 8 * s, water - 38 * s, x + 4 * s, hubY, x + 1 * s, hubY),
        0xD3DBE3);
    // nacelle, blades and hub
    fill(
        g,
        new RoundRectangle2D.Double(x - 10 * s, hubY - 10 * s, 44 * s, 18 * s, 8 * s, 8 * s),
        0xEEF2F5);
    double hx = x - 10 * s;
    for (int b = 0; b < 3; b++) {
      AffineTransform saved = g.getTransform();
      g.translate(hx, hubY - 1 * s);
      g.rotate(Math.toRadians(angle + b * 120));
      Path2D blade = new Path2D.Double();
      blade.moveTo(0, -4 * s);
      blade.lineTo(30 * s, -8 * s);
      blade.lineTo(160 * s, -2 * s);
      blade.lineTo(160 * s, 0);
      blade.lineTo(30 * s, 4 * s);
      blade.lineTo(0, 4 * s);
      blade.closePath();
      fill(g, blade, 0xF7F9FB);
      g.setColor(new Color(0xB9C4CF));
      g.setStroke(new BasicStroke((float) Math.max(0.8, 1.2 * s)));
      g.draw(blade);
      g.setTransform(saved);
    }
    fill(g, new Ellipse2D.Double(hx - 7 * s, hubY - 8 * s, 14 * s, 14 * s), 0xE3E8EC);
  }

  /** A red-brick school building with a clock above the door. */
  static void schoolBuilding(Graphics2D g) {
    vertical(g, 0, 0, W, 560, new float[] {0f, 1f}, 0x96CBEC, 0xE6F4FB);
    cloud(g, 60, 60, 0.9);
    cloud(g, 960, 90, 0.8);
    // trees either side
    for (double[] t :
        new double[][] {{70, 420, 120}, {1130, 410, 130}, {150, 450, 90}, {1050, 455, 85}}) {
      fill(g, new Rectangle2D.Double(t[0] - 8, t[1], 16, 140), 0x6B4A2E);
      fill(g, new Ellipse2D.Double(t[0] - t[2] / 2, t[1] - t[2] * 0.9, t[2], t[2]), 0x4F8A3C);
      fill(
          g,
          new Ellipse2D.Double(t[0] - t[2] / 2.6, t[1] - t[2] * 1.1, t[2] * 0.7, t[2] * 0.7),
          0x5E9C48);
    }
    // grass and path
    fill(g, new Rectangle2D.Double(0, 560, W, H - 560), 0x6DAA4C);
    fill(g, poly(560, 566, 640, 566, 720, 675, 480, 675), 0xCFC6B4);
    // slate roof with chimneys
    fill(g, new Rectangle2D.Double(230, 150, 40, 60), 0x8E3A28);
    fill(g, new Rectangle2D.Double(930, 150, 40, 60), 0x8E3A28);
    fill(g, poly(170, 240, 230, 180, 970, 180, 1030, 240), 0x4B5563);
    // main brick block
    Rectangle2D main = new Rectangle2D.Double(190, 236, 820, 326);
    brickWall(g, main, 0xA9432E);
    // the central gabled bay
    Path2D gable = poly(470, 562, 470, 236, 600, 110, 730, 236, 730, 562);
    brickWall(g, gable, 0xB34B33);
    g.setColor(new Color(0xE7DCC4));
    g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Line2D.Double(462, 242, 600, 108));
    g.draw(new Line2D.Double(738, 242, 600, 108));
    // bell-cote on the apex
    fill(g, new Rectangle2D.Double(580, 58, 40, 50), 0xE7DCC4);
    fill(g, new Arc2D.Double(587, 64, 26, 30, 0, 180, Arc2D.PIE), 0x3A3A3A);
    fill(g, new Rectangle2D.Double(587, 79, 26, 20), 0x3A3A3A);
    fill(g, poly(574, 60, 600, 36, 626, 60), 0x4B5563);
    fill(g, new Arc2D.Double(592, 76, 16, 20, 0, 180, Arc2D.PIE), 0xC9A640);
    // stone bands
    fill(g, new Rectangle2D.Double(190, 236, 820, 10), 0xE7DCC4);
    fill(g, new Rectangle2D.Double(190, 392, 820, 10), 0xE7DCC4);
    // wing windows, two storeys
    for (double wx : new double[] {220, 300, 380, 760, 840, 920}) {
      schoolWindow(g, wx, 270, 58, 100);
      schoolWindow(g, wx, 426, 58, 104);
    }
    // the clock, directly above the door
    double cx = 600;
    double cy = 300;
    fill(g, new Ellipse2D.Double(cx - 58, cy - 58, 116, 116), 0xE7DCC4);
    fill(g, new Ellipse2D.Double(cx - 48, cy - 48, 96, 96), 0xFFFDF6);
    g.setColor(new Color(0x1A1A1A));
    g.setStroke(new BasicStroke(4));
    g.draw(new Ellipse2D.Double(cx - 48, cy - 48, 96, 96));
    for (int h = 0; h < 12; h++) {
      double t = Math.toRadians(h * 30);
      double len = h % 3 == 0 ? 12 : 7;
      g.setStroke(new BasicStroke(h % 3 == 0 ? 4 : 2.5f));
      g.draw(
          new Line2D.Double(
              cx + Math.sin(t) * 42,
              cy - Math.cos(t) * 42,
              cx + Math.sin(t) * (42 - len),
              cy - Math.cos(t) * (42 - len)));
    }
    g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(
        new Line2D.Double(
            cx,
            cy,
            cx + Math.sin(Math.toRadians(-55)) * 24,
            cy - Math.cos(Math.toRadians(-55)) * 24));
    g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(
        new Line2D.Double(
            cx,
            cy,
            cx + Math.sin(Math.toRadians(60)) * 36,
            cy - Math.cos(Math.toRadians(60)) * 36));
    fill(g, new Ellipse2D.Double(cx - 5, cy - 5, 10, 10), 0x1A1A1A);
    // name stone
    fill(g, new Rectangle2D.Double(520, 372, 160, 36), 0xE7DCC4);
    g.setColor(new Color(0x3A2A20));
    g.setFont(font(Font.BOLD, 22, true));
    drawCentred(g, "SCHOOL", 600, 398);
    // arched doorway with steps
    fill(g, archedWindow(540, 420, 120, 142), 0xE7DCC4);
    fill(g, archedWindow(552, 432, 96, 130), 0x1F4E5F);
    fill(g, new Arc2D.Double(552, 432, 96, 96, 0, 180, Arc2D.PIE), 0xF3D98C);
    g.setColor(new Color(0x1F4E5F));
    g.setStroke(new BasicStroke(3));
    g.draw(new Line2D.Double(600, 432, 600, 480));
    g.draw(new Line2D.Double(566, 446, 634, 446));
    fill(g, new Rectangle2D.Double(599, 484, 2, 78), 0x163A47);
    fill(g, new Rectangle2D.Double(560, 496, 36, 56), 0x26596B);
    fill(g, new Rectangle2D.Double(604, 496, 36, 56), 0x26596B);
    fill(g, new Ellipse2D.Double(588, 520, 7, 7), 0xD4A93C);
    fill(g, new Rectangle2D.Double(530, 558, 140, 8), 0xD8CCB2);
    fill(g, new Rectangle2D.Double(520, 566, 160, 8), 0xC8BCA2);
    // railings along the front
    g.setColor(new Color(0x222222));
    g.setStroke(new BasicStroke(3));
    for (double x = 0; x < W; x += 14) {
      if (x > 470 && x < 730) {
        continue;
      }
      g.draw(new Line2D.Double(x, 600, x, 648));
      fill(g, poly(x - 3, 600, x, 592, x + 3, 600), 0x222222);
    }
    fill(g, new Rectangle2D.Double(0, 608, 472, 4), 0x222222);
    fill(g, new Rectangle2D.Double(728, 608, 472, 4), 0x222222);
  }

  static void brickWall(Graphics2D g, Shape shape, int colour) {
    fill(g, shape, colour);
    Shape clip = g.getClip();
    g.clip(shape);
    Rectangle2D b = shape.getBounds2D();
    Color mortar = blend(new Color(colour), new Color(0xE8D8C8), 0.12);
    g.setColor(mortar);
    g.setStroke(new BasicStroke(1.2f));
    int row = 0;
    for (double y = b.getMinY(); y < b.getMaxY(); y += 14, row++) {
      g.draw(new Line2D.Double(b.getMinX(), y, b.getMaxX(), y));
      for (double x = b.getMinX() + (row % 2) * 18; x < b.getMaxX(); x += 36) {
        g.draw(new Line2D.Double(x, y, x, y + 14));
      }
    }
    g.setClip(clip);
  }

  static void schoolWindow(Graphics2D g, double x, double y, double w, double h) {
    fill(g, new Arc2D.Double(x - 6, y - 16, w + 12, 34, 0, 180, Arc2D.PIE), 0xC9694E);
    fill(g, new Rectangle2D.Double(x - 3, y - 3, w + 6, h + 6), 0xF8F6F0);
    g.setPaint(
        new GradientPaint(
            0, (float) y, new Color(0xCFE6F4), 0, (float) (y + h), new Color(0x8FB8D6)));
    g.fill(new Rectangle2D.Double(x, y, w, h));
    g.setColor(new Color(0xF8F6F0));
    g.setStroke(new BasicStroke(3));
    g.draw(new Line2D.Double(x + w / 2, y, x + w / 2, y + h));
    g.draw(new Line2D.Double(x, y + h / 2, x + w, y + h / 2));
    fill(g, new Rectangle2D.Double(x - 8, y + h + 3, w + 16, 7), 0xE7DCC4);
  }

  /** A street in the rain with umbrellas and reflected lamp light. */
  static void rainStreet(Graphics2D g) {
    double vy = 352;
    vertical(g, 0, 0, W, (int) vy, new float[] {0f, 1f}, 0x17203A, 0x3B4A6A);
    // distant buildings at the end of the street
    fill(
        g,
        poly(500, vy, 500, 250, 560, 250, 560, 226, 640, 226, 640, 262, 700, 262, 700, vy),
        0x232C44);
    // wet road and pavements in perspective
    vertical(g, 0, (int) vy, W, (int) (H - vy), new float[] {0f, 1f}, 0x3A4864, 0x1A2233);
    fill(g, poly(0, vy + 20, 540, vy, 560, vy, 150, H, 0, H), 0x2F3A52);
    fill(g, poly(1200, vy + 20, 660, vy, 640, vy, 1050, H, 1200, H), 0x2F3A52);
    g.setColor(new Color(0x596885));
    g.setStroke(new BasicStroke(3));
    g.draw(new Line2D.Double(560, vy, 150, H));
    g.draw(new Line2D.Double(640, vy, 1050, H));
    // facades with lit windows
    Path2D left = poly(0, 0, 540, 232, 540, vy, 0, vy + 210);
    Path2D right = poly(1200, 0, 660, 232, 660, vy, 1200, vy + 210);
    fill(g, left, 0x1F273B);
    fill(g, right, 0x252E45);
    Random r = new Random(21);
    for (int side = 0; side < 2; side++) {
      for (int col = 0; col < 7; col++) {
        double t0 = 1 - Math.pow(0.72, col);
        double t1 = t0 + (1 - Math.pow(0.72, col + 1) - t0) * 0.55;
        for (int row = 0; row < 4; row++) {
          double f0 = 0.12 + row * 0.2;
          double f1 = f0 + 0.12;
          double[] q = facadeQuad(side, t0, t1, f0, f1);
          boolean lit = r.nextInt(3) > 0;
          fill(g, poly(q), lit ? rgba(0xFFC46B, 220) : rgba(0x151B2A, 255));
        }
      }
    }
    // reflections of the lamps in the wet road, drawn as broken streaks
    double[][] lamps = {
      {150, 585, 0.8},
      {1050, 585, 0.8},
      {340, 468, 0.5},
      {860, 468, 0.5},
      {455, 410, 0.28},
      {745, 410, 0.28}
    };
    for (double[] l : lamps) {
      double x = l[0];
      double base = l[1];
      double s = l[2];
      // a long soft streak of lamp light on the wet ground, broken by a few ripples
      glow(g, x, base + 6 * s, 70 * s, new Color(255, 200, 110, 90));
      double len = 280 * s;
      double[][] layers = {{26, 60}, {15, 110}, {6, 200}};
      for (double[] layer : layers) {
        double hw = layer[0] * s;
        g.setPaint(new GradientPaint(0, (float) base, new Color(255, 206, 125, (int) layer[1]), 0,
            (float) (base + len), new Color(255, 206, 125, 0)));
        g.fill(poly(x - hw, base + 2, x + hw, base + 2, x + hw * 0.4, base + len, x - hw * 0.4,
            base + len));
      }
      g.setColor(new Color(40, 50, 72, 110));
      for (int k = 1; k < 6; k++) {
        double y = base + len * k / 7 + r.nextDouble() * 8 * s;
        g.fill(new Rectangle2D.Double(x - 16 * s, y, 32 * s, 2 * s + 0.5));
      }
      double top = base - 300 * s;
      fill(g, new Rectangle2D.Double(x - 4 * s, top, 8 * s, 300 * s), 0x10141F);
      fill(g, new Rectangle2D.Double(x - 14 * s, top - 6 * s, 28 * s, 8 * s), 0x10141F);
      glow(g, x, top + 10 * s, 110 * s, new Color(255, 200, 110, 150));
      fill(g, new Ellipse2D.Double(x - 12 * s, top, 24 * s, 24 * s), 0xFFE2A6);
    }
    // tail lights far down the street
    for (double x : new double[] {578, 604}) {
      fill(g, new Ellipse2D.Double(x, 372, 8, 5), 0xFF4A3A);
      g.setPaint(
          new GradientPaint(
              0, 379, new Color(255, 74, 58, 90), 0, 400, new Color(255, 74, 58, 0)));
      g.fill(new Rectangle2D.Double(x + 2, 379, 4, 21));
    }
    // pedestrians under umbrellas, with their reflections
    umbrellaWalker(g, 300, 600, 1.0, 0xC0392B);
    umbrellaWalker(g, 520, 520, 0.78, 0xF1C40F);
    umbrellaWalker(g, 860, 585, 0.95, 0x16A085);
    umbrellaWalker(g, 990, 640, 1.1, 0x2E86DE);
    umbrellaWalker(g, 690, 470, 0.55, 0xE84A7A);
    // rain
    g.setStroke(new BasicStroke(1.5f));
    for (int i = 0; i < 420; i++) {
      double x = r.nextDouble() * (W + 100);
      double y = r.nextDouble() * H;
      double len = 14 + r.nextDouble() * 18;
      g.setColor(new Color(200, 215, 245, 60 + r.nextInt(70)));
      g.draw(new Line2D.Double(x, y, x - len * 0.25, y + len));
    }
    g.setColor(new Color(190, 205, 235, 90));
    g.setStroke(new BasicStroke(1.2f));
    for (int i = 0; i < 40; i++) {
      double y = vy + 60 + r.nextDouble() * (H - vy - 60);
      double x = 150 + r.nextDouble() * 900;
      double w = 6 + (y - vy) * 0.05;
      g.draw(new Ellipse2D.Double(x, y, w, w * 0.3));
    }
  }

  /** The corners of a window on the left (side 0) or right (side 1) facade. */
  static double[] facadeQuad(int side, double t0, double t1, double f0, double f1) {
    double[] q = new double[8];
    double[][] corners = {{t0, f0}, {t1, f0}, {t1, f1}, {t0, f1}};
    for (int i = 0; i < 4; i++) {
      double t = corners[i][0];
      double f = corners[i][1];
      double x = 540 * t;
      double topY = 232 * t;
      double bottomY = (352 + 210) + (352 - (352 + 210)) * t;
      q[i * 2] = side == 0 ? x : W - x;
      q[i * 2 + 1] = topY + (bottomY - topY) * f;
    }
    return q;
  }

  static void umbrellaWalker(Graphics2D g, double x, double feet, double s, int colour) {
    // a faint mirrored copy on the wet ground, then the walker
    AffineTransform saved = g.getTransform();
    Shape clip = g.getClip();
    g.clip(new Rectangle2D.Double(x - 80 * s, feet, 170 * s, 200 * s));
    g.translate(0, feet * 2);
    g.scale(1, -1);
    walker(g, x, feet, s, rgba(colour, 60), new Color(10, 12, 20, 80));
    g.setTransform(saved);
    g.setClip(clip);
    walker(g, x, feet, s, new Color(colour), new Color(0x0E1220));
  }

  static void walker(Graphics2D g, double x, double feet, double s, Color canopy, Color coat) {
    // legs, coat, head
    g.setColor(coat);
    g.setStroke(new BasicStroke((float) (8 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Line2D.Double(x - 6 * s, feet - 40 * s, x - 10 * s, feet));
    g.draw(new Line2D.Double(x + 6 * s, feet - 40 * s, x + 12 * s, feet - 2 * s));
    fill(g, poly(x - 18 * s, feet - 40 * s, x + 18 * s, feet - 40 * s, x + 14 * s,
        feet - 118 * s, x - 14 * s, feet - 118 * s), coat);
    fill(g, new Ellipse2D.Double(x - 11 * s, feet - 140 * s, 22 * s, 24 * s), coat);
    // handle and canopy
    g.setColor(coat);
    g.setStroke(new BasicStroke((float) (3 * s)));
    g.draw(new Line2D.Double(x + 6 * s, feet - 96 * s, x + 6 * s, feet - 160 * s));
    Path2D c = new Path2D.Double();
    double cy = feet - 150 * s;
    double rad = 62 * s;
    double cx = x + 6 * s;
    c.moveTo(cx - rad, cy);
    c.curveTo(cx - rad, cy - rad * 0.9, cx + rad, cy - rad * 0.9, cx + rad, cy);
    int scallops = 5;
    for (int i = scallops; i > 0; i--) {
      double a = cx - rad + 2 * rad * i / scallops;
      double b = cx - rad + 2 * rad * (i - 1) / scallops;
      c.quadTo((a + b) / 2, cy - 12 * s, b, cy);
    }
    c.closePath();
    fill(g, c, canopy);
    int shade = canopy.getAlpha() < 255 ? canopy.getAlpha() / 3 : 70;
    g.setPaint(new GradientPaint((float) (cx - rad), 0, new Color(255, 255, 255, shade),
        (float) (cx + rad), 0, new Color(0, 0, 0, shade)));
    g.fill(c);
    fill(g, new Rectangle2D.Double(cx - 1.5 * s, cy - rad * 0.75, 3 * s, 10 * s), coat);
  }


  /** A bookshop window with stacked books and a striped awning. */
  static void bookshopFront(Graphics2D g) {
    // brick above, painted green shopfront below, pavement
    brickWall(g, new Rectangle2D.Double(0, 0, W, 112), 0x8A4B3A);
    fill(g, new Rectangle2D.Double(0, 112, W, 504), 0x1F4D3E);
    fill(g, new Rectangle2D.Double(0, 616, W, H - 616), 0xAAA296);
    g.setColor(new Color(0x99917F));
    g.setStroke(new BasicStroke(2));
    g.draw(new Line2D.Double(0, 648, W, 648));
    for (double x = 75; x < W; x += 150) {
      g.draw(new Line2D.Double(x, 616, x, 648));
      g.draw(new Line2D.Double(x + 75, 648, x + 75, H));
    }
    // fascia with the shop's name
    fill(g, new Rectangle2D.Double(60, 118, 1080, 72), 0x163A2F);
    g.setColor(new Color(0xD9B45A));
    g.setStroke(new BasicStroke(3));
    g.draw(new Rectangle2D.Double(70, 126, 1060, 56));
    g.setFont(font(Font.BOLD, 40, true));
    drawCentred(g, "ALDERMERE  BOOKS", 600, 168);
    // the window, warm from inside
    double wx = 110;
    double wy = 296;
    double ww = 720;
    double wh = 262;
    fill(g, new Rectangle2D.Double(wx - 14, wy - 14, ww + 28, wh + 28), 0x163A2F);
    vertical(g, wx, wy, ww, wh, new float[] {0f, 1f}, 0xFCEBC0, 0xE8C183);
    // a shelf of upright books at the back
    Random r = new Random(17);
    int[] covers = {
      0x1F4E79, 0x9C2727, 0x2E7D32, 0xEF8F00, 0x5D4037, 0x6A1B9A, 0x00838F, 0xC2185B, 0x37474F
    };
    fill(g, new Rectangle2D.Double(wx, wy + 96, ww, 8), 0x7A5536);
    for (double x = wx + 6; x < wx + ww - 30; ) {
      double bw = 14 + r.nextInt(14);
      double bh = 56 + r.nextInt(28);
      fill(g, new Rectangle2D.Double(x, wy + 96 - bh, bw, bh), covers[r.nextInt(covers.length)]);
      fill(
          g,
          new Rectangle2D.Double(x + 2, wy + 96 - bh + 10, bw - 4, 3),
          new Color(255, 255, 255, 120));
      x += bw + 2;
    }
    // display plinth with stacks of books
    fill(g, new Rectangle2D.Double(wx, wy + wh - 26, ww, 26), 0x7A5536);
    fill(g, new Rectangle2D.Double(wx, wy + wh - 26, ww, 4), 0x9A7050);
    double[] piles = {wx + 30, wx + 200, wx + 370, wx + 540};
    int[] heights = {7, 5, 8, 6};
    for (int p = 0; p < piles.length; p++) {
      double y = wy + wh - 26;
      for (int k = 0; k < heights[p]; k++) {
        double bw = 120 + r.nextInt(40);
        double bh = 14 + r.nextInt(8);
        double bx = piles[p] + r.nextInt(16) - 8;
        y -= bh;
        int colour = covers[r.nextInt(covers.length)];
        fill(g, new Rectangle2D.Double(bx, y, bw, bh), colour);
        fill(g, new Rectangle2D.Double(bx + bw - 8, y + 2, 6, bh - 4), 0xF6EEDC);
        fill(
            g,
            new Rectangle2D.Double(bx + 12, y + bh / 2 - 1, bw * 0.45, 2),
            new Color(255, 255, 255, 110));
      }
      // a book propped open on top of two of the piles
      if (p % 2 == 1) {
        fill(g, poly(piles[p] + 20, y, piles[p] + 70, y - 60, piles[p] + 120, y), 0xF6EEDC);
        g.setColor(new Color(0x9C2727));
        g.setStroke(new BasicStroke(3));
        g.draw(poly(piles[p] + 20, y, piles[p] + 70, y - 60, piles[p] + 120, y));
      }
    }
    // glazing bars and a sill
    fill(g, new Rectangle2D.Double(wx + ww / 3 - 4, wy, 8, wh), 0x163A2F);
    fill(g, new Rectangle2D.Double(wx + 2 * ww / 3 - 4, wy, 8, wh), 0x163A2F);
    fill(
        g,
        poly(wx + 20, wy + 10, wx + 90, wy + 10, wx + 20, wy + 120),
        new Color(255, 255, 255, 60));
    fill(g, new Rectangle2D.Double(wx - 20, wy + wh + 14, ww + 40, 10), 0x2A5C4B);
    // panelled stall riser
    for (double x = wx; x < wx + ww; x += ww / 3) {
      g.setColor(new Color(0x2A5C4B));
      g.setStroke(new BasicStroke(3));
      g.draw(new Rectangle2D.Double(x + 12, wy + wh + 32, ww / 3 - 24, 20));
    }
    // the door, with warm light through its glass
    fill(g, new Rectangle2D.Double(880, 300, 200, 316), 0x163A2F);
    fill(g, new Rectangle2D.Double(896, 316, 168, 300), 0x245C49);
    vertical(g, 914, 332, 132, 170, new float[] {0f, 1f}, 0xFCEBC0, 0xE8C183);
    fill(g, new RoundRectangle2D.Double(950, 360, 60, 24, 6, 6), 0xFFFFFF);
    g.setColor(new Color(0x8A1C1C));
    g.setFont(font(Font.BOLD, 15, false));
    drawCentred(g, "OPEN", 980, 378);
    g.setColor(new Color(0x1A3F32));
    g.setStroke(new BasicStroke(3));
    g.draw(new Rectangle2D.Double(914, 522, 132, 76));
    fill(g, new Ellipse2D.Double(904, 476, 10, 10), 0xD4A93C);
    // the striped awning over the window and door
    double top = 196;
    double front = 270;
    int stripes = 16;
    double ax = 80;
    double aw = 1040;
    for (int i = 0; i < stripes; i++) {
      double a = ax + aw * i / stripes;
      double b = ax + aw * (i + 1) / stripes;
      double fa = ax - 20 + (aw + 40) * i / stripes;
      double fb = ax - 20 + (aw + 40) * (i + 1) / stripes;
      Color c = i % 2 == 0 ? new Color(0x8A1C1C) : new Color(0xF4EAD2);
      fill(g, poly(a, top, b, top, fb, front, fa, front), c);
      fill(g, new Rectangle2D.Double(fa, front, fb - fa + 0.5, 14), c);
      fill(g, new Arc2D.Double(fa, front, fb - fa, 26, 180, 180, Arc2D.CHORD), c);
    }
    g.setPaint(
        new GradientPaint(
            0,
            (float) top,
            new Color(0, 0, 0, 50),
            0,
            (float) front,
            new Color(255, 255, 255, 30)));
    g.fill(poly(ax, top, ax + aw, top, ax + aw + 20, front, ax - 20, front));
    fill(g, new Rectangle2D.Double(ax - 6, top - 6, aw + 12, 8), 0x3A2A20);
    fill(g, new Rectangle2D.Double(ax - 20, front + 24, aw + 40, 14), new Color(0, 0, 0, 40));
  }

  /** Two rowing eights racing side by side on calm water. */
  static void rowingBoats(Graphics2D g) {
    double bank = 250;
    vertical(g, 0, 0, W, (int) bank, new float[] {0f, 1f}, 0xBFDDF1, 0xF3F7F4);
    // far bank: trees and a boathouse, mirrored in the water
    Random r = new Random(6);
    double[][] trees = new double[40][];
    for (int i = 0; i < trees.length; i++) {
      trees[i] = new double[] {i * 32 - 20 + r.nextInt(12), 50 + r.nextInt(40), r.nextInt(2)};
    }
    vertical(
        g,
        0,
        (int) bank,
        W,
        (int) (H - bank),
        new float[] {0f, 0.35f, 1f},
        0x7FAFD0,
        0x6FA3CA,
        0x3F7FB2);
    for (double[] t : trees) {
      fill(
          g,
          new Ellipse2D.Double(t[0], bank - 4, t[1], t[1] * 0.9),
          rgba(t[2] == 0 ? 0x4F7F5A : 0x5E8C62, 110));
    }
    fill(g, new Rectangle2D.Double(780, bank, 180, 40), rgba(0xC9D3D6, 90));
    for (double[] t : trees) {
      fill(
          g,
          new Ellipse2D.Double(t[0], bank - t[1] * 0.9 + 4, t[1], t[1] * 0.9),
          t[2] == 0 ? 0x4F7F4A : 0x5E9455);
    }
    fill(g, new Rectangle2D.Double(780, bank - 70, 180, 70), 0xF2EEE4);
    fill(g, poly(770, bank - 70, 870, bank - 112, 970, bank - 70), 0x9C3B2E);
    for (double x = 800; x < 950; x += 50) {
      fill(g, new Rectangle2D.Double(x, bank - 44, 34, 44), 0x3A4A58);
    }
    fill(g, new Rectangle2D.Double(0, bank - 6, W, 8), 0x5C8A45);
    // calm water: long soft highlights
    g.setStroke(new BasicStroke(2, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (int i = 0; i < 40; i++) {
      double y = bank + 40 + r.nextDouble() * (H - bank - 40);
      double x = r.nextDouble() * W;
      g.setColor(new Color(230, 242, 250, 70 + r.nextInt(60)));
      g.draw(new Line2D.Double(x, y, x + 60 + r.nextDouble() * 160, y));
    }
    // lane buoys between the crews
    for (int i = 0; i < 16; i++) {
      double x = i * 80 + 20;
      fill(g, new Ellipse2D.Double(x, 430, 12, 8), i % 2 == 0 ? 0xF28C28 : 0xFFFFFF);
    }
    for (int i = 0; i < 24; i++) {
      double x = i * 56 + 10;
      fill(g, new Ellipse2D.Double(x, 300, 8, 5), i % 2 == 0 ? 0xF28C28 : 0xFFFFFF);
    }
    // the far crew slightly ahead, then the near crew
    eight(g, 190, 380, 0.82, 0xF4F1E8, 0x8A1C1C, 0xE2B13C);
    eight(g, 110, 560, 1.0, 0xF2C230, 0x1C3A6E, 0xFFFFFF);
  }

  /** A coxed eight moving right: hull, cox, eight rowers and their alternating oars. */
  static void eight(
      Graphics2D g, double x0, double waterline, double s, int hull, int kit, int blade) {
    AffineTransform saved = g.getTransform();
    g.translate(x0, waterline);
    g.scale(s, s);
    double length = 960;
    // wake and reflection
    g.setColor(new Color(255, 255, 255, 120));
    g.setStroke(new BasicStroke(2));
    g.draw(new Line2D.Double(-10, 8, -180, 0));
    g.draw(new Line2D.Double(-10, 12, -160, 24));
    fill(g, poly(0, 6, length, 6, length - 40, 22, 40, 22), new Color(20, 40, 70, 50));
    // far-side oars go behind the hull
    for (int i = 0; i < 8; i++) {
      if (i % 2 == 1) {
        oar(g, 150 + i * 92, false, kit, blade);
      }
    }
    Path2D shell = new Path2D.Double();
    shell.moveTo(0, -6);
    shell.lineTo(length, -8);
    shell.lineTo(length + 40, -2);
    shell.quadTo(length - 20, 10, length - 60, 10);
    shell.lineTo(30, 10);
    shell.quadTo(0, 8, 0, -6);
    shell.closePath();
    fill(g, shell, hull);
    fill(
        g,
        new Rectangle2D.Double(10, -10, length - 20, 4),
        blend(new Color(hull), Color.BLACK, 0.35));
    // cox at the stern, facing the bow
    fill(g, new RoundRectangle2D.Double(40, -40, 30, 32, 12, 12), kit);
    fill(g, new Ellipse2D.Double(50, -60, 20, 20), 0x2A1E1A);
    fill(g, new Arc2D.Double(49, -63, 22, 18, 0, 180, Arc2D.PIE), 0xFFFFFF);
    // rowers face the stern, mid-stroke: knees bent, arms reaching for the handle
    for (int i = 0; i < 8; i++) {
      double x = 150 + i * 92;
      g.setColor(new Color(0x2A2A30));
      g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(polyline(x, -12, x - 20, -30, x - 40, -12));
      g.setColor(new Color(kit));
      g.setStroke(new BasicStroke(16, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(new Line2D.Double(x, -14, x + 6, -52));
      g.setColor(new Color(0x7A5540));
      g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(new Line2D.Double(x + 4, -50, x - 24, -40));
      fill(g, new Ellipse2D.Double(x - 2, -80, 20, 20), 0x7A5540);
      fill(g, new Arc2D.Double(x - 3, -82, 22, 18, 0, 180, Arc2D.PIE), kit);
    }
    // near-side oars in front of the hull, blades in the water with puddles
    for (int i = 0; i < 8; i++) {
      if (i % 2 == 0) {
        oar(g, 150 + i * 92, true, kit, blade);
      }
    }
    g.setTransform(saved);
  }

  static void oar(Graphics2D g, double x, boolean near, int kit, int blade) {
    double hx = x - 24;
    double hy = -40;
    double bx = x + 50;
    double by = near ? 62 : -14;
    g.setColor(new Color(0x2A2A30));
    g.setStroke(new BasicStroke(near ? 4 : 3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Line2D.Double(hx, hy, bx, by));
    AffineTransform saved = g.getTransform();
    g.translate(bx, by);
    g.rotate(Math.atan2(by - hy, bx - hx));
    double len = near ? 40 : 24;
    double wid = near ? 14 : 8;
    fill(g, new RoundRectangle2D.Double(-len / 2, -wid / 2, len, wid, 6, 6), kit);
    fill(g, new Rectangle2D.Double(len / 2 - len * 0.3, -wid / 2, len * 0.25, wid), blade);
    g.setTransform(saved);
    if (near) {
      fill(g, new Ellipse2D.Double(bx - 26, by + 4, 52, 12), new Color(255, 255, 255, 150));
    } else {
      fill(g, new Ellipse2D.Double(bx - 14, by + 2, 28, 6), new Color(255, 255, 255, 130));
    }
  }

  // ---------------------------------------------------------------------------------------
  // Logo and favicon.
  // ---------------------------------------------------------------------------------------

  /** 600x60 wordmark on white, as the publisher logo in the structured data. */
  static BufferedImage logo() {
    BufferedImage image = new BufferedImage(600, 60, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = prepare(image);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 600, 60);
    String name = "The Aldermere Gazette";
    int size = 48;
    Font f;
    FontMetrics m;
    do {
      f = font(Font.BOLD, size--, true);
      m = g.getFontMetrics(f);
    } while (m.stringWidth(name) > 560 || m.getAscent() - m.getDescent() > 40);
    g.setFont(f);
    g.setColor(new Color(0x1A1A1A));
    int baseline = (60 + m.getAscent() - m.getDescent()) / 2;
    drawCentred(g, name, 300, baseline);
    g.dispose();
    return image;
  }

  /** 64x64 "AG" monogram on the paper's accent red. */
  static BufferedImage favicon() {
    BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = prepare(image);
    g.setColor(new Color(0x8A1C1C));
    g.fill(new RoundRectangle2D.Double(0, 0, 64, 64, 14, 14));
    g.setColor(new Color(255, 253, 248, 160));
    g.setStroke(new BasicStroke(1.5f));
    g.draw(new RoundRectangle2D.Double(4, 4, 56, 56, 9, 9));
    Font f = font(Font.BOLD, 32, true);
    g.setFont(f);
    FontMetrics m = g.getFontMetrics();
    g.setColor(new Color(0xFFFDF8));
    int baseline = (64 + m.getAscent() - m.getDescent()) / 2;
    drawCentred(g, "AG", 32, baseline);
    g.dispose();
    return image;
  }

  // ---------------------------------------------------------------------------------------
  // Drawing helpers.
  // ---------------------------------------------------------------------------------------

  static void writeJpeg(File file, Consumer<Graphics2D> drawing) throws IOException {
    BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = prepare(image);
    drawing.accept(g);
    g.dispose();
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    JPEGImageWriteParam param = new JPEGImageWriteParam(null);
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(JPEG_QUALITY);
    param.setOptimizeHuffmanTables(true);
    file.delete();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
  }

  static Graphics2D prepare(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    return g;
  }

  /** A serif (newspaper) or sans font, preferring the Liberation faces when installed. */
  static Font font(int style, int size, boolean serif) {
    String wanted = serif ? "Liberation Serif" : "Liberation Sans";
    boolean present =
        Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
            .contains(wanted);
    return new Font(present ? wanted : (serif ? Font.SERIF : Font.SANS_SERIF), style, size);
  }

  static void drawCentred(Graphics2D g, String text, double cx, double baseline) {
    double w = g.getFontMetrics().getStringBounds(text, g).getWidth();
    g.drawString(text, (float) (cx - w / 2), (float) baseline);
  }

  static Color rgba(int rgb, int alpha) {
    return new Color((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255, alpha);
  }

  static Color blend(Color a, Color b, double t) {
    return new Color(
        (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
        (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
        (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
  }

  static void fill(Graphics2D g, Shape s, int rgb) {
    g.setColor(new Color(rgb));
    g.fill(s);
  }

  static void fill(Graphics2D g, Shape s, Color c) {
    g.setColor(c);
    g.fill(s);
  }

  static Path2D poly(double... xy) {
    Path2D p = new Path2D.Double();
    p.moveTo(xy[0], xy[1]);
    for (int i = 2; i < xy.length; i += 2) {
      p.lineTo(xy[i], xy[i + 1]);
    }
    p.closePath();
    return p;
  }

  static Path2D polyline(double... xy) {
    Path2D p = new Path2D.Double();
    p.moveTo(xy[0], xy[1]);
    for (int i = 2; i < xy.length; i += 2) {
      p.lineTo(xy[i], xy[i + 1]);
    }
    return p;
  }

  /** A vertical gradient with evenly or explicitly spaced stops. */
  static void vertical(
      Graphics2D g, double x, double y, double w, double h, float[] stops, int... colours) {
    Color[] cs = new Color[colours.length];
    for (int i = 0; i < colours.length; i++) {
      cs[i] = new Color(colours[i]);
    }
    g.setPaint(new LinearGradientPaint(0f, (float) y, 0f, (float) (y + h), stops, cs));
    g.fill(new Rectangle2D.Double(x, y, w, h));
  }

  /** A soft round glow fading to transparent. */
  static void glow(Graphics2D g, double cx, double cy, double radius, Color c) {
    Color clear = new Color(c.getRed(), c.getGreen(), c.getBlue(), 0);
    g.setPaint(
        new RadialGradientPaint(
            new Point2D.Double(cx, cy),
            (float) radius,
            new float[] {0f, 1f},
            new Color[] {c, clear}));
    g.fill(new Ellipse2D.Double(cx - radius, cy - radius, radius * 2, radius * 2));
  }
}
