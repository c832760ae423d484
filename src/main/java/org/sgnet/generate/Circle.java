package org.sgnet.generate;

import java.util.List;
import org.sgnet.generate.Authority.Pro;

/**
 * The people around a child on the end date, as the window's scenarios see them: the same for every
 * scenario of the child, worked out once and without any draw.
 *
 * @param active the professionals involved on the end date, in the order they became involved
 * @param socialWorker the social worker on the end date
 * @param siblings the ids of the child's brothers and sisters
 * @param relatives the ids of the family's adults: mother, father, kin, partner
 * @param accommodatedByAgreement whether the child is accommodated under section 20 on the end date
 */
record Circle(
    List<Pro> active,
    Pro socialWorker,
    List<String> siblings,
    List<String> relatives,
    boolean accommodatedByAgreement) {}
