/* heise bundle (trimmed) */
