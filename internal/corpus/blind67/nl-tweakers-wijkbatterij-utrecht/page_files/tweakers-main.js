/* tweakers (trimmed) */
