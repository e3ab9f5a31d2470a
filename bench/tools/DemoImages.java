import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.Iterator;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws the demo paper's flat illustrations, its logo and favicon, so that every picture the demo
 * shows is our own. Each drawing matches the alt text given for it in demo/paper.json.
 *
 * <p>Usage: java bench/tools/DemoImages.java src/main/resources/static
 */
public class DemoImages {
  static final int W = 1200;
  static final int H = 675;

  interface Drawing {
    void draw(Graphics2D g);
  }

  public static void main(String[] args) throws IOException {
    File out = new File(args[0]);
    File demo = new File(out, "demo");
    demo.mkdirs();
    jpeg(new File(demo, "harbour-cranes.jpg"), DemoImages::harbourCranes);
    jpeg(new File(demo, "council-chamber.jpg"), DemoImages::councilChamber);
    jpeg(new File(demo, "tram-line.jpg"), DemoImages::tramLine);
    jpeg(new File(demo, "market-stalls.jpg"), DemoImages::marketStalls);
    jpeg(new File(demo, "river-bridge.jpg"), DemoImages::riverBridge);
    jpeg(new File(demo, "stadium-lights.jpg"), DemoImages::stadiumLights);
    jpeg(new File(demo, "concert-stage.jpg"), DemoImages::concertStage);
    jpeg(new File(demo, "wind-turbines.jpg"), DemoImages::windTurbines);
    jpeg(new File(demo, "school-building.jpg"), DemoImages::schoolBuilding);
    jpeg(new File(demo, "rain-street.jpg"), DemoImages::rainStreet);
    jpeg(new File(demo, "bookshop-front.jpg"), DemoImages::bookshopFront);
    jpeg(new File(demo, "rowing-boats.jpg"), DemoImages::rowingBoats);
    logo(new File(out, "logo.png"));
    favicon(new File(out, "favicon.png"));
  }

  static void sky(Graphics2D g, Color top, Color bottom, int height) {
    g.setPaint(new GradientPaint(0, 0, top, 0, height, bottom));
    g.fillRect(0, 0, W, height);
  }

  static void harbourCranes(Graphics2D g) {
    sky(g, new Color(0xF2, 0x6B, 0x1D), new Color(0xFF, 0xC8, 0x6B), 480);
    g.setColor(new Color(0x1F, 0x3A, 0x5F));
    g.fillRect(0, 480, W, H - 480);
    g.setColor(new Color(0x2B, 0x2B, 0x2B));
    g.fillRect(0, 455, W, 30);
    int[] xs = {220, 560, 900};
    for (int x : xs) {
      g.setStroke(new BasicStroke(14));
      g.drawLine(x - 60, 455, x - 20, 200);
      g.drawLine(x + 60, 455, x + 20, 200);
      g.drawLine(x - 40, 330, x + 40, 330);
      g.fillRect(x - 50, 180, 100, 40);
      g.setStroke(new BasicStroke(12));
      g.drawLine(x - 160, 200, x + 200, 200);
      g.setStroke(new BasicStroke(3));
      g.drawLine(x + 150, 200, x + 150, 330);
      g.fillRect(x + 130, 330, 40, 22);
    }
  }

  static void councilChamber(Graphics2D g) {
    g.setColor(new Color(0xEE, 0xE4, 0xD0));
    g.fillRect(0, 0, W, H);
    g.setColor(new Color(0xBF, 0xD9, 0xEA));
    for (int i = 0; i < 4; i++) {
      int x = 150 + i * 250;
      g.fill(new Rectangle2D.Double(x, 40, 140, 260));
      g.fill(new Ellipse2D.Double(x, -30, 140, 140));
    }
    g.setColor(new Color(0x6B, 0x3E, 0x26));
    g.fillRect(530, 300, 140, 120);
    g.setColor(new Color(0x8B, 0x1C, 0x1C));
    g.fillRect(560, 250, 80, 90);
    g.setStroke(new BasicStroke(26, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
    Color[] rows = {
      new Color(0x2E, 0x5E, 0x3A), new Color(0x3A, 0x70, 0x48), new Color(0x46, 0x82, 0x56)
    };
    for (int r = 0; r < 3; r++) {
      g.setColor(rows[r]);
      int rad = 260 + r * 70;
      g.draw(new Arc2D.Double(600 - rad, 760 - rad, rad * 2, rad * 2, 20, 140, Arc2D.OPEN));
    }
  }

  static void tramLine(Graphics2D g) {
    sky(g, new Color(0x9E, 0xCB, 0xE8), new Color(0xE3, 0xF1, 0xFA), 300);
    Color[] bricks = {
      new Color(0xA0, 0x4A, 0x2E), new Color(0xB5, 0x5B, 0x3A), new Color(0x93, 0x42, 0x2A)
    };
    for (int i = 0; i < 8; i++) {
      int x = i * 150;
      g.setColor(bricks[i % 3]);
      g.fillRect(x, 140, 150, 300);
      g.setColor(new Color(0x4A, 0x4A, 0x4A));
      Path2D roof = new Path2D.Double();
      roof.moveTo(x, 140);
      roof.lineTo(x + 75, 95);
      roof.lineTo(x + 150, 140);
      roof.closePath();
      g.fill(roof);
      g.setColor(new Color(0xF4, 0xEC, 0xC2));
      g.fillRect(x + 25, 180, 40, 55);
      g.fillRect(x + 85, 180, 40, 55);
      g.setColor(new Color(0x33, 0x33, 0x33));
      g.fillRect(x + 55, 330, 40, 110);
    }
    g.setColor(new Color(0x77, 0x77, 0x77));
    g.fillRect(0, 440, W, H - 440);
    g.setColor(new Color(0x2F, 0x8F, 0x46));
    g.fill(new java.awt.geom.RoundRectangle2D.Double(250, 330, 700, 200, 40, 40));
    g.setColor(new Color(0xD8, 0xEE, 0xF7));
    for (int i = 0; i < 6; i++) {
      g.fillRect(290 + i * 105, 360, 80, 70);
    }
    g.setColor(new Color(0x22, 0x22, 0x22));
    g.setStroke(new BasicStroke(3));
    g.drawLine(600, 330, 600, 250);
    g.drawLine(0, 250, W, 250);
    g.setStroke(new BasicStroke(8));
    g.setColor(new Color(0xC0, 0xC0, 0xC0));
    g.drawLine(0, 560, W, 560);
    g.drawLine(0, 600, W, 600);
  }

  static void marketStalls(Graphics2D g) {
    g.setColor(new Color(0xF5, 0xEF, 0xE0));
    g.fillRect(0, 0, W, H);
    Color[] stripes = {
      new Color(0xC0, 0x39, 0x2B),
      new Color(0x1F, 0x6F, 0xB2),
      new Color(0x2E, 0x8B, 0x57),
      new Color(0xE6, 0x9F, 0x00)
    };
    for (int s = 0; s < 4; s++) {
      int x = 30 + s * 290;
      for (int i = 0; i < 8; i++) {
        g.setColor(i % 2 == 0 ? stripes[s] : Color.WHITE);
        Path2D p = new Path2D.Double();
        p.moveTo(x + i * 32, 140);
        p.lineTo(x + (i + 1) * 32, 140);
        p.lineTo(x + (i + 1) * 32 + 8, 260);
        p.lineTo(x + i * 32 + 8, 260);
        p.closePath();
        g.fill(p);
      }
      g.setColor(new Color(0x8B, 0x5A, 0x2B));
      g.fillRect(x + 10, 260, 12, 300);
      g.fillRect(x + 250, 260, 12, 300);
      g.fillRect(x, 420, 270, 30);
      Random r = new Random(s);
      for (int k = 0; k < 9; k++) {
        g.setColor(new Color(0x90 + r.nextInt(100), 0x40 + r.nextInt(120), 0x20 + r.nextInt(60)));
        g.fill(new Ellipse2D.Double(x + 20 + k * 26, 390, 30, 30));
      }
    }
    g.setColor(new Color(0x9A, 0x9A, 0x9A));
    g.fillRect(0, 560, W, H - 560);
  }

  static void riverBridge(Graphics2D g) {
    sky(g, new Color(0xDD, 0xE9, 0xF2), new Color(0xF6, 0xF4, 0xEC), 380);
    g.setColor(new Color(0x2C, 0x6E, 0xA8));
    g.fillRect(0, 380, W, H - 380);
    g.setColor(new Color(0x5E, 0x8F, 0x4E));
    g.fillRect(0, 340, W, 40);
    g.setColor(new Color(0xB8, 0xA8, 0x8A));
    g.fillRect(0, 250, W, 70);
    g.setColor(new Color(0x2C, 0x6E, 0xA8));
    for (int i = 0; i < 3; i++) {
      int cx = 200 + i * 400;
      g.fill(new Ellipse2D.Double(cx - 150, 290, 300, 260));
    }
    g.setColor(new Color(0xB8, 0xA8, 0x8A));
    g.fillRect(0, 250, W, 45);
    g.setColor(new Color(0x9C, 0x8C, 0x70));
    g.fillRect(0, 240, W, 12);
    g.setColor(new Color(0xA9, 0xCB, 0xE6));
    for (int i = 0; i < 12; i++) {
      g.fillRect(60 + i * 95, 480 + (i % 3) * 40, 50, 4);
    }
  }

  static void stadiumLights(Graphics2D g) {
    sky(g, new Color(0x0B, 0x12, 0x2B), new Color(0x1C, 0x2A, 0x4F), 420);
    g.setColor(new Color(0x2E, 0x8B, 0x3A));
    Path2D pitch = new Path2D.Double();
    pitch.moveTo(150, 420);
    pitch.lineTo(1050, 420);
    pitch.lineTo(1200, 675);
    pitch.lineTo(0, 675);
    pitch.closePath();
    g.fill(pitch);
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(4));
    g.draw(pitch);
    g.drawLine(600, 420, 600, 675);
    g.draw(new Ellipse2D.Double(520, 500, 160, 70));
    for (int x : new int[] {120, 1080}) {
      g.setColor(new Color(0x99, 0x99, 0x99));
      g.fillRect(x - 6, 80, 12, 340);
      g.setColor(new Color(0xFF, 0xF6, 0xC8));
      g.fillRect(x - 50, 60, 100, 40);
      g.setColor(new Color(255, 246, 200, 60));
      Path2D beam = new Path2D.Double();
      beam.moveTo(x - 50, 100);
      beam.lineTo(x + 50, 100);
      beam.lineTo(600 + (x < 600 ? 200 : -200), 675);
      beam.lineTo(600 + (x < 600 ? -300 : 300), 675);
      beam.closePath();
      g.fill(beam);
    }
  }

  static void concertStage(Graphics2D g) {
    g.setColor(new Color(0x12, 0x0E, 0x1A));
    g.fillRect(0, 0, W, H);
    Color[] lights = {
      new Color(255, 60, 90, 90),
      new Color(60, 140, 255, 90),
      new Color(255, 200, 40, 90),
      new Color(120, 255, 160, 90)
    };
    for (int i = 0; i < 4; i++) {
      int x = 200 + i * 270;
      g.setColor(lights[i]);
      Path2D cone = new Path2D.Double();
      cone.moveTo(x - 15, 30);
      cone.lineTo(x + 15, 30);
      cone.lineTo(600 + (i - 1.5) * 120 + 120, 520);
      cone.lineTo(600 + (i - 1.5) * 120 - 120, 520);
      cone.closePath();
      g.fill(cone);
      g.setColor(new Color(0x55, 0x55, 0x55));
      g.fillRect(x - 20, 10, 40, 30);
    }
    g.setColor(new Color(0x5A, 0x3A, 0x22));
    g.fillRect(0, 520, W, H - 520);
    g.setColor(new Color(0xDD, 0xDD, 0xDD));
    g.setStroke(new BasicStroke(8));
    g.drawLine(600, 520, 600, 330);
    g.drawLine(560, 520, 640, 520);
    g.setStroke(new BasicStroke(6));
    g.drawLine(600, 340, 650, 300);
    g.fill(new Ellipse2D.Double(638, 280, 30, 38));
  }

  static void windTurbines(Graphics2D g) {
    sky(g, new Color(0x7F, 0xB8, 0xE0), new Color(0xD9, 0xEC, 0xF7), 430);
    g.setColor(new Color(0x1E, 0x5A, 0x8C));
    g.fillRect(0, 430, W, H - 430);
    g.setColor(new Color(0x7A, 0x8B, 0x5A));
    g.fillRect(0, 610, W, 65);
    int[][] t = {{250, 160, 10}, {560, 200, 35}, {850, 230, 70}, {1060, 260, 100}};
    for (int[] p : t) {
      int x = p[0];
      int top = p[1];
      g.setColor(Color.WHITE);
      g.setStroke(new BasicStroke(10));
      g.drawLine(x, top, x, 440);
      g.fillRect(x - 12, 436, 24, 10);
      g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      for (int b = 0; b < 3; b++) {
        double a = Math.toRadians(p[2] + b * 120);
        g.drawLine(x, top, (int) (x + 120 * Math.cos(a)), (int) (top + 120 * Math.sin(a)));
      }
      g.fill(new Ellipse2D.Double(x - 10, top - 10, 20, 20));
    }
  }

  static void schoolBuilding(Graphics2D g) {
    sky(g, new Color(0xA8, 0xD4, 0xF0), new Color(0xEA, 0xF5, 0xFB), 520);
    g.setColor(new Color(0x6C, 0xA0, 0x4C));
    g.fillRect(0, 520, W, H - 520);
    g.setColor(new Color(0xA6, 0x3D, 0x2A));
    g.fillRect(200, 180, 800, 340);
    Path2D gable = new Path2D.Double();
    gable.moveTo(480, 180);
    gable.lineTo(600, 80);
    gable.lineTo(720, 180);
    gable.closePath();
    g.fill(gable);
    g.setColor(new Color(0x44, 0x44, 0x44));
    g.fillRect(180, 165, 840, 20);
    g.setColor(Color.WHITE);
    g.fill(new Ellipse2D.Double(560, 105, 80, 80));
    g.setColor(new Color(0x22, 0x22, 0x22));
    g.setStroke(new BasicStroke(5));
    g.drawLine(600, 145, 600, 118);
    g.drawLine(600, 145, 622, 150);
    g.setColor(new Color(0x3B, 0x5B, 0x8A));
    g.fillRect(560, 380, 80, 140);
    g.setColor(new Color(0xE8, 0xF1, 0xF8));
    for (int i = 0; i < 6; i++) {
      int x = 240 + i * 130 + (i >= 3 ? 60 : 0);
      g.fillRect(x, 230, 70, 90);
      g.fillRect(x, 380, 70, 90);
    }
  }

  static void rainStreet(Graphics2D g) {
    sky(g, new Color(0x1A, 0x26, 0x3C), new Color(0x2E, 0x3E, 0x5A), H);
    g.setColor(new Color(0x14, 0x1C, 0x2C));
    g.fillRect(0, 90, 260, 400);
    g.fillRect(940, 60, 260, 430);
    g.setColor(new Color(0x3A, 0x4A, 0x66));
    g.fillRect(0, 490, W, H - 490);
    for (int x : new int[] {330, 870}) {
      g.setColor(new Color(0x22, 0x22, 0x22));
      g.fillRect(x - 4, 200, 8, 290);
      g.setColor(new Color(0xFF, 0xD2, 0x7A));
      g.fill(new Ellipse2D.Double(x - 22, 180, 44, 44));
      g.setColor(new Color(255, 210, 122, 110));
      g.fillRect(x - 20, 500, 40, 170);
    }
    Color[] brollies = {
      new Color(0xC0, 0x39, 0x2B), new Color(0xF1, 0xC4, 0x0F), new Color(0x16, 0xA0, 0x85)
    };
    for (int i = 0; i < 3; i++) {
      int x = 470 + i * 130;
      g.setColor(new Color(0x10, 0x10, 0x10));
      g.fillRect(x + 55, 400, 22, 110);
      g.setColor(brollies[i]);
      g.fill(new Arc2D.Double(x, 340, 130, 110, 0, 180, Arc2D.PIE));
    }
    g.setColor(new Color(200, 215, 240, 120));
    g.setStroke(new BasicStroke(2));
    Random r = new Random(3);
    for (int i = 0; i < 260; i++) {
      int x = r.nextInt(W);
      int y = r.nextInt(H);
      g.drawLine(x, y, x - 6, y + 24);
    }
  }

  static void bookshopFront(Graphics2D g) {
    g.setColor(new Color(0x2F, 0x4F, 0x4F));
    g.fillRect(0, 0, W, H);
    for (int i = 0; i < 15; i++) {
      g.setColor(i % 2 == 0 ? new Color(0x8B, 0x1C, 0x1C) : new Color(0xF4, 0xEC, 0xD8));
      Path2D p = new Path2D.Double();
      p.moveTo(100 + i * 67, 60);
      p.lineTo(100 + (i + 1) * 67, 60);
      p.lineTo(100 + (i + 1) * 67 + 10, 170);
      p.lineTo(100 + i * 67 + 10, 170);
      p.closePath();
      g.fill(p);
    }
    g.setColor(new Color(0xF6, 0xE7, 0xB4));
    g.fillRect(140, 200, 920, 380);
    g.setColor(new Color(0x6B, 0x4A, 0x2B));
    g.fillRect(140, 470, 920, 20);
    g.fillRect(140, 330, 920, 14);
    Random r = new Random(7);
    Color[] spines = {
      new Color(0x1F, 0x4E, 0x79),
      new Color(0x9C, 0x27, 0x27),
      new Color(0x2E, 0x7D, 0x32),
      new Color(0xEF, 0x8F, 0x00),
      new Color(0x5D, 0x40, 0x37)
    };
    for (int shelf = 0; shelf < 2; shelf++) {
      int base = shelf == 0 ? 330 : 470;
      int x = 160;
      while (x < 1030) {
        int w = 18 + r.nextInt(22);
        int h = 80 + r.nextInt(40);
        g.setColor(spines[r.nextInt(spines.length)]);
        g.fillRect(x, base - h, w, h);
        x += w + 3;
      }
    }
    for (int k = 0; k < 4; k++) {
      int x = 260 + k * 200;
      for (int j = 0; j < 4; j++) {
        g.setColor(spines[(k + j) % spines.length]);
        g.fillRect(x - j * 4, 550 - j * 18, 120, 16);
      }
    }
  }

  static void rowingBoats(Graphics2D g) {
    sky(g, new Color(0xBF, 0xDD, 0xF0), new Color(0xF2, 0xF8, 0xFC), 250);
    g.setColor(new Color(0x3F, 0x7F, 0x3A));
    g.fillRect(0, 230, W, 30);
    g.setColor(new Color(0x4F, 0x8F, 0xC0));
    g.fillRect(0, 260, W, H - 260);
    int[] ys = {380, 540};
    Color[] hulls = {new Color(0xE7, 0xE7, 0xE7), new Color(0xF2, 0xC1, 0x2E)};
    for (int b = 0; b < 2; b++) {
      int y = ys[b];
      int x0 = 120 + b * 90;
      g.setColor(hulls[b]);
      Path2D hull = new Path2D.Double();
      hull.moveTo(x0, y);
      hull.lineTo(x0 + 900, y);
      hull.lineTo(x0 + 960, y + 8);
      hull.lineTo(x0 + 900, y + 20);
      hull.lineTo(x0 + 30, y + 20);
      hull.closePath();
      g.fill(hull);
      for (int r = 0; r < 8; r++) {
        int x = x0 + 120 + r * 95;
        g.setColor(b == 0 ? new Color(0x1B, 0x3A, 0x6B) : new Color(0x8B, 0x1C, 0x1C));
        g.fill(new Ellipse2D.Double(x - 12, y - 62, 24, 24));
        g.fillRect(x - 10, y - 40, 20, 40);
        g.setColor(new Color(0x33, 0x33, 0x33));
        g.setStroke(new BasicStroke(4));
        g.drawLine(x, y - 20, x + 40, y + 70);
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(x + 30, y + 62, 26, 12));
      }
    }
  }

  static void logo(File file) throws IOException {
    BufferedImage image = new BufferedImage(600, 60, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = prepare(image);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 600, 60);
    g.setColor(new Color(0x1A, 0x1A, 0x1A));
    g.setFont(new Font(Font.SERIF, Font.BOLD, 40));
    var metrics = g.getFontMetrics();
    String name = "The Aldermere Gazette";
    g.drawString(name, (600 - metrics.stringWidth(name)) / 2, 45);
    g.dispose();
    ImageIO.write(image, "png", file);
  }

  static void favicon(File file) throws IOException {
    BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = prepare(image);
    g.setColor(new Color(0x8A, 0x1C, 0x1C));
    g.fillRoundRect(0, 0, 64, 64, 12, 12);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SERIF, Font.BOLD, 34));
    var metrics = g.getFontMetrics();
    g.drawString("AG", (64 - metrics.stringWidth("AG")) / 2, 44);
    g.dispose();
    ImageIO.write(image, "png", file);
  }

  static Graphics2D prepare(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    return g;
  }

  static void jpeg(File file, Drawing drawing) throws IOException {
    BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = prepare(image);
    drawing.draw(g);
    g.dispose();
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpg");
    ImageWriter writer = writers.next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(0.82f);
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    }
    writer.dispose();
  }
}
