/* webpack runtime, stripped */
