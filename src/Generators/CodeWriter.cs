using System;
using System.Text;

namespace Multiprocessing.Generators
{
    /// <summary>
    /// An indenting line writer with '\n' line ends (deterministic on every OS), used by every emitter: four spaces a
    /// level after an optional base indent; a preprocessor directive (<c>#pragma</c>) starts at the margin.
    /// </summary>
    internal sealed class CodeWriter
    {
        private readonly StringBuilder _builder;
        private readonly string _baseIndent;
        private int _indent;

        /// <summary>Creates a writer of its own text, without a base indent.</summary>
        public CodeWriter()
            : this(new StringBuilder(), string.Empty)
        {
        }

        /// <summary>Creates a writer that appends to <paramref name="builder"/>, each line after <paramref name="baseIndent"/>.</summary>
        /// <param name="builder">Where the lines go.</param>
        /// <param name="baseIndent">The indent of level 0 (the enclosing namespace's, say).</param>
        public CodeWriter(StringBuilder builder, string baseIndent)
        {
            _builder = builder;
            _baseIndent = baseIndent;
        }

        /// <summary>Appends <paramref name="text"/> as it is.</summary>
        public void Raw(string text) => _builder.Append(text);

        /// <summary>Appends an empty line.</summary>
        public void Line() => _builder.Append('\n');

        /// <summary>Appends each line of <paramref name="text"/> at the current indent.</summary>
        public void Line(string text)
        {
            foreach (var line in text.Split('\n'))
            {
                if (!line.StartsWith("#", StringComparison.Ordinal))
                {
                    _builder.Append(_baseIndent).Append(' ', _indent * 4);
                }

                _builder.Append(line).Append('\n');
            }
        }

        /// <summary>Appends <c>{</c> and indents the lines after it.</summary>
        public void Open()
        {
            Line("{");
            _indent++;
        }

        /// <summary>Unindents and appends <c>}</c>.</summary>
        public void Close()
        {
            _indent--;
            Line("}");
        }

        /// <summary>Unindents without a brace (a switch expression or initializer closes with <c>};</c>).</summary>
        public void Dedent() => _indent--;

        /// <inheritdoc />
        public override string ToString() => _builder.ToString();
    }
}
