namespace Protocolwacht.Imports.Json;

// The sliding buffer: it keeps only the unread part of the file and counts the lines it lets go of,
// so an issue can still name its line after the text before it has left memory.
internal sealed partial class JsonArrayStream
{
    private void Fill()
    {
        if (_start > 0)
        {
            CountLinesTo(_start);
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _linesCountedTo -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    private void CountLinesTo(int position)
    {
        if (position > _linesCountedTo)
        {
            _linesBefore += _buffer.AsSpan(_linesCountedTo, position - _linesCountedTo).Count((byte)'\n');
            _linesCountedTo = position;
        }
    }

    private int CurrentLine(int position)
    {
        CountLinesTo(position);
        return _linesBefore + 1;
    }
}
