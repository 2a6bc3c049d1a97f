/* numerama (trimmed) */
