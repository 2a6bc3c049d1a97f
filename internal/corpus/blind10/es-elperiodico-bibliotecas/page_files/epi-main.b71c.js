var epi=1;
