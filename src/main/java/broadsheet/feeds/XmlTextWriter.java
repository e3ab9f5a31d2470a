package broadsheet.feeds;

import broadsheet.content.CleanText;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.codehaus.stax2.util.StreamWriterDelegate;

/**
 * Writes text and attribute values without the characters XML 1.0 cannot hold (nor controls and
 * noncharacters, as pages do), so that no stored text (an old control character in a headline) can
 * make a feed or sitemap fail to render.
 */
final class XmlTextWriter extends StreamWriterDelegate {
  XmlTextWriter(XMLStreamWriter out) {
    super(out);
  }

  @Override
  public void writeCharacters(String text) throws XMLStreamException {
    super.writeCharacters(CleanText.output(text));
  }

  @Override
  public void writeCharacters(char[] text, int start, int length) throws XMLStreamException {
    writeCharacters(new String(text, start, length));
  }

  @Override
  public void writeCData(String data) throws XMLStreamException {
    super.writeCData(CleanText.output(data));
  }

  @Override
  public void writeAttribute(String name, String value) throws XMLStreamException {
    super.writeAttribute(name, CleanText.output(value));
  }

  @Override
  public void writeAttribute(String namespace, String name, String value)
      throws XMLStreamException {
    super.writeAttribute(namespace, name, CleanText.output(value));
  }

  @Override
  public void writeAttribute(String prefix, String namespace, String name, String value)
      throws XMLStreamException {
    super.writeAttribute(prefix, namespace, name, CleanText.output(value));
  }
}
