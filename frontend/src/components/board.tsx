'use client';

import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { ActionIcon, Badge, Group, NativeSelect, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconGripVertical } from '@tabler/icons-react';
import { useT } from '@/lib/i18n/provider';

/**
 * With the keyboard, left and right arrows jump a picked-up card to the previous or next column (dnd-kit's default
 * moves it a few pixels at a time, which is no way to cross a board).
 */
const columnCoordinates =
  (columnIds: readonly string[]): KeyboardCoordinateGetter =>
  (event, { context }) => {
    const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
    const card = context.collisionRect;
    if (!step || !card) return undefined;
    event.preventDefault();
    const columns = columnIds.map((id) => context.droppableRects.get(id)).filter((rect) => rect !== undefined);
    const centre = card.left + card.width / 2;
    const index = columns.findIndex((rect) => centre >= rect.left && centre <= rect.left + rect.width);
    const target = columns[Math.min(Math.max((index === -1 ? 0 : index) + step, 0), columns.length - 1)];
    // The columns are measured just after the pick-up: until then, the card stays where it is.
    if (!target) return undefined;
    return { x: target.left + (target.width - card.width) / 2, y: target.top + 48 };
  };

export interface BoardProps<C extends string, T> {
  columns: readonly C[];
  columnLabel: (column: C) => string;
  items: T[];
  itemId: (item: T) => string;
  itemName: (item: T) => string;
  columnOf: (item: T) => C;
  /** Whether this card may be moved: the handle and the menu are shown only then. */
  canMove: (item: T) => boolean;
  onMove: (item: T, column: C) => void;
  /** The card's title (a link, usually) and what it shows below it. */
  title: (item: T) => React.ReactNode;
  details: (item: T) => React.ReactNode;
  testId: string;
  cardTestId: string;
}

/** Cards in columns; a card moves by drag and drop (mouse or keyboard) or by the column menu on it. */
export function Board<C extends string, T>(props: BoardProps<C, T>) {
  const { columns, columnLabel, items, itemId, itemName, columnOf, canMove, onMove } = props;
  const t = useT();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates(columns) }),
  );
  const itemOf = (id: unknown) => items.find((item) => itemId(item) === id);
  const nameOf = (id: unknown) => {
    const item = itemOf(id);
    return item ? itemName(item) : '';
  };
  const label = (column: unknown) => (columns.includes(column as C) ? columnLabel(column as C) : '');

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const item = itemOf(active.id);
    if (item && over && over.id !== columnOf(item)) onMove(item, over.id as C);
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const item = itemOf(active.id);
      return item ? t('board.dragStart', { name: itemName(item), stage: label(columnOf(item)) }) : undefined;
    },
    onDragOver: ({ active, over }) =>
      over ? t('board.dragOver', { name: nameOf(active.id), stage: label(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t('board.dragEnd', { name: nameOf(active.id), stage: label(over.id) }) : undefined,
    onDragCancel: ({ active }) => t('board.dragCancel', { name: nameOf(active.id) }),
  };

  return (
    <Stack gap="sm">
      {items.some(canMove) && (
        <Text size="sm" c="dimmed">
          {t('board.intro')}
        </Text>
      )}
      <DndContext
        sensors={sensors}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('board.intro') } }}
      >
        <ScrollArea type="auto" offsetScrollbars>
          <Group align="stretch" wrap="nowrap" gap="sm" data-testid={props.testId} miw={columns.length * 190}>
            {columns.map((column) => (
              <Column key={column} id={column} label={columnLabel(column)}>
                {items
                  .filter((item) => columnOf(item) === column)
                  .map((item) => (
                    <Card key={itemId(item)} board={props} item={item} />
                  ))}
              </Column>
            ))}
          </Group>
        </ScrollArea>
      </DndContext>
    </Stack>
  );
}

function Column({ id, label, children }: { id: string; label: string; children: React.ReactNode[] }) {
  const t = useT();
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="xs"
      mih={220}
      style={{ flex: '1 1 0', minWidth: 180 }}
      bg={isOver ? 'teal.0' : 'gray.0'}
      component="section"
      aria-labelledby={`stage-${id}`}
      data-testid={`stage-${id}`}
    >
      <Group justify="space-between" mb="xs" wrap="nowrap" align="flex-start">
        <Title order={3} size="h6" id={`stage-${id}`}>
          {label}
        </Title>
        <Badge variant="light" color="gray" size="sm">
          {children.length}
        </Badge>
      </Group>
      <Stack gap="xs">
        {children.length ? (
          children
        ) : (
          <Text size="xs" c="dimmed">
            {t('board.empty')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function Card<C extends string, T>({ board, item }: { board: BoardProps<C, T>; item: T }) {
  const t = useT();
  const movable = board.canMove(item);
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: board.itemId(item),
    disabled: !movable,
  });
  const name = board.itemName(item);
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      shadow={isDragging ? 'md' : undefined}
      p="xs"
      style={{
        transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined,
        zIndex: isDragging ? 10 : undefined,
        position: 'relative',
      }}
      data-testid={board.cardTestId}
      data-name={name}
    >
      <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start">
        {board.title(item)}
        {movable && (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={t('board.dragHandle', { name })}
            data-testid="card-handle"
            {...attributes}
            {...listeners}
          >
            <IconGripVertical size={16} aria-hidden />
          </ActionIcon>
        )}
      </Group>
      {board.details(item)}
      {movable && (
        <NativeSelect
          mt={6}
          size="xs"
          aria-label={t('board.moveTo', { name })}
          data={board.columns.map((column) => ({ value: column, label: board.columnLabel(column) }))}
          value={board.columnOf(item)}
          onChange={(event) => board.onMove(item, event.currentTarget.value as C)}
          data-testid="card-stage"
        />
      )}
    </Paper>
  );
}
